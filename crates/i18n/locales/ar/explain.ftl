# شرح نتائج المطابقة: الإعدادات المرفوضة، كل مكوّن على سلّمه، القيد الذي يُبعد المترشح عن
# أفضل خياراته، وما يقيّد الجولة.
error-matching-weight = يجب أن يكون الوزن عددًا صحيحًا من 0 إلى 1000.
error-matching-quota = يجب أن تكون الحصة عددًا صحيحًا من 0 إلى 10000، أو أن تُترك فارغة.
error-matching-quota-order = لا يمكن أن يتجاوز الحد الأدنى الحدَّ الأقصى المحدد للبلد نفسه أو المدينة نفسها.
error-matching-method = اختر الطريقة المثلى أو الطريقة المستقرة.
matching-component-scale = { $value } من { $max }
matching-run-settings = إعدادات هذه الجولة
matching-spread-short = متربص واحد لكل مؤسسة مضيفة أولًا
matching-quotas-shown = الحصص
matching-quotas-none = لا توجد
matching-constraints-shown = قراراتك بشأن الثنائيات
matching-locks-count = { $count ->
    [zero] لا توجد ثنائية مثبّتة
    [one] ثنائية واحدة مثبّتة
    [two] ثنائيتان مثبّتتان
    [few] { $count } ثنائيات مثبّتة
    [many] { $count } ثنائية مثبّتة
   *[other] { $count } ثنائية مثبّتة
}
matching-forbids-count = { $count ->
    [zero] لا توجد ثنائية ممنوعة
    [one] ثنائية واحدة ممنوعة
    [two] ثنائيتان ممنوعتان
    [few] { $count } ثنائيات ممنوعة
    [many] { $count } ثنائية ممنوعة
   *[other] { $count } ثنائية ممنوعة
}
matching-quota-shown-country-max = { $count } على الأكثر من { $name }
matching-quota-shown-country-min = { $count } على الأقل من { $name }
matching-quota-shown-city-max = { $count } على الأكثر في { $name }
matching-quota-shown-city-min = { $count } على الأقل في { $name }
matching-why-higher-total = ذهب أفضل خياراته، { $position }، إلى { $other } الذي تبلغ قيمة ثنائيته هناك { $score }: هكذا يكون مجموع الجولة أعلى.
matching-why-country-quota = اكتملت حصة المترشحين من { $country }.
matching-why-city-quota = اكتملت حصة { $city }.
matching-why-company-cap = بلغت { $company } أقصى عدد من المتربصين تسمح به جهتها.
matching-why-one-per-host-self = تحصل كل مؤسسة مضيفة على متربص واحد أولًا: تكوّنت هذه الثنائية في تلك المرحلة، لذلك لم يكن أفضل خياراته، { $position }، متاحًا له.
matching-why-one-per-host-taken = تحصل كل مؤسسة مضيفة على متربص واحد أولًا: ذهب أفضل خياراته، { $position }، إلى { $other } في تلك المرحلة.
matching-why-locked = ثبّتَّ هذا المترشح على هذا المنصب.
matching-why-held-by-lock = ثبّتَّ { $other } على أفضل خياراته، { $position }.
matching-why-forbidden = منعتَ أفضل خياراته، { $position }.
matching-why-no-option = لا يوجد منصب يوافق مستواه في الإيطالية ودراسته وتواريخه.
matching-why-other = لا يوجد قيد من قيود الجولة يؤثر هنا (في الجولة المستقرة تحسم التفضيلات المعلنة).
matching-why-counterfactual = هناك ستزيد نقاطه بمقدار { $gain }، ويتغير مجموع الجولة بمقدار { $change }.
matching-why-no-counterfactual = هناك ستزيد نقاطه بمقدار { $gain }، لكن لا يسمح أي توزيع بذلك دون تغيير قراراتك.
matching-binding-title = ما يقيّد هذه الجولة
matching-binding-country = حصة المترشحين من { $country }
matching-binding-city = حصة { $city }
matching-binding-company = سقف { $company }
matching-binding-one-per-host = متربص واحد لكل مؤسسة مضيفة أولًا
matching-binding-locks = ثنائياتك المثبّتة
matching-binding-forbids = ثنائياتك الممنوعة
matching-binding-hard-rules = شروط المناصب في الإيطالية والدراسة والتواريخ
matching-binding-item = { $count ->
    [zero] { $constraint }: لا يُبعد أي مترشح
    [one] { $constraint }: يُبعد مترشحًا واحدًا عن أفضل خياراته أو عن أي مكان
    [two] { $constraint }: يُبعد مترشحَين عن أفضل خياراتهما أو عن أي مكان
    [few] { $constraint }: يُبعد { $count } مترشحين عن أفضل خياراتهم أو عن أي مكان
    [many] { $constraint }: يُبعد { $count } مترشحًا عن أفضل خياراتهم أو عن أي مكان
   *[other] { $constraint }: يُبعد { $count } مترشح عن أفضل خياراتهم أو عن أي مكان
}
matching-failure-country-min = لا يمكن بلوغ الحد الأدنى للمترشحين من { $country }.
matching-failure-city-min = لا يمكن بلوغ الحد الأدنى لـ { $city }.
matching-failure-locks = تتجاوز ثنائياتك المثبّتة عدد الأماكن أو إحدى الحصص.
