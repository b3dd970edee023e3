# نماذج الإجراءات: ما الخطأ في ملف مستورد (مع رقم سطره).
procedure-error-too-large = الملف أكبر من أن يكون نموذج إجراء.
procedure-error-syntax = لا يمكن قراءة هذا السطر: { $subject }
procedure-error-version = يجب أن يكون الإصدار 1 أو أكثر، لا { $subject }.
procedure-error-duplicate-step = المرحلة «{ $subject }» معرّفة مرتين.
procedure-error-unknown-document = «{ $subject }» ليس نوع وثيقة معروفًا.
procedure-error-unknown-step = «{ $subject }» ليست مرحلة في هذا النموذج.
procedure-error-no-roles = الانتقال من «{ $subject }» لا يذكر أي دور يحق له القيام به.
procedure-error-unknown-role = «{ $subject }» ليس دورًا معروفًا.
procedure-error-no-end = لا توجد في النموذج مرحلة نهائية.
procedure-error-unreachable = لا يمكن الوصول إلى المرحلة «{ $subject }» من البداية.
procedure-error-dead-end = لا يمكن الوصول إلى أي نهاية من المرحلة «{ $subject }».
case-error-transition = لا يسمح الإجراء بهذا الانتقال من المرحلة التي يوجد فيها الملف.
case-error-role = لا يسمح دورك بالقيام بهذا الانتقال في الإجراء.
case-error-incomplete = ينقص شيء ما قبل أن يتقدم الملف: راجع قائمة ما تحتاجه المرحلة.
case-error-moved = قام شخص آخر بتحريك هذا الملف للتو. انظروا أين وصل وحاولوا مجددًا.
case-error-closed = هذا الملف مغلق: لا يمكن تسجيل أي شيء آخر فيه.
case-error-too-many-tasks = لهذا الملف العدد الأقصى من المهام المفتوحة. أشيروا أولًا إلى بعضها بأنها أُنجزت.
case-error-fact-name = هذا ليس حقلًا من حقول هذا الإجراء.
case-error-datetime = أدخلوا تاريخًا ووقتًا، مثل ⁦2026-04-02 14:30⁩.
case-error-count = أدخلوا عددًا صحيحًا بين 1 و1000.
case-error-codice-fiscale = هذا ليس رمزًا ضريبيًا إيطاليًا صالحًا (16 حرفًا ورقمًا).
case-error-paper-kind = هذه ليست وثيقة ينتجها الإجراء.
case-error-future = هذا التاريخ في المستقبل: سجّلوا الخطوة في اليوم الذي حدثت فيه.
case-error-before-step = هذا التاريخ يسبق اليوم الذي بلغ فيه الملف خطوته الحالية.
procedure-error-version-taken = يوجد نموذج بهذا الاسم وهذا الإصدار مسجَّل مسبقًا: ارفعوا رقم الإصدار.
procedure-error-place = أدخلوا رمز ISTAT للبلدية المكوّن من ستة أرقام، أو لا شيء لعطلة وطنية.
nav-procedures = الإجراءات
procedures-title = نماذج الإجراءات
procedures-intro = كل إجراء عبارة عن بيانات: خطواته، ومن يحق له نقل الملف من خطوة إلى أخرى، وما تتطلبه كل خطوة، والآجال القانونية. يحتفظ الملف بالإصدار الذي بدأ به.
procedures-name = الاسم
procedures-key = المعرّف
procedures-version = الإصدار
procedures-region = الإقليم
procedures-imported = تاريخ الاستيراد
procedures-shipped = مرفق مع Mentor
procedures-read-only = تعرض هذه الصفحة النموذج كما هو محفوظ؛ لتغييره، استوردوا إصدارًا جديدًا.
procedures-duration-label = مدة التدريب
procedures-duration = من { $min } إلى { $max } أشهر، بما في ذلك التمديدات
procedures-steps = الخطوات
procedures-step = الخطوة
procedures-actor = من يتصرّف
procedures-documents = الوثائق المطلوبة
procedures-fields = المعلومات المطلوبة
procedures-end = نهاية
procedures-transitions = الانتقالات المسموح بها
procedures-from = من
procedures-to = إلى
procedures-roles = من يحق له القيام بها
procedures-complete = يجب أن تكون الخطوة مكتملة
procedures-yes = نعم
procedures-no = لا
procedures-deadlines = قواعد الآجال
procedures-rule = القاعدة
procedures-anchor = تُحسب من
procedures-offset = المهلة
procedures-during = تسري ما دام الملف في
procedures-roll-forward = تُرحَّل إلى يوم العمل التالي إذا صادفت يوم عطلة
procedures-unit-calendar-days = { $count ->
    [zero] { $count } يوم تقويمي
    [one] يوم تقويمي واحد
    [two] يومان تقويميان
    [few] { $count } أيام تقويمية
   *[other] { $count } يومًا تقويميًا
}
procedures-unit-working-days = { $count ->
    [zero] { $count } يوم عمل
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
   *[other] { $count } يوم عمل
}
procedures-unit-months = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
   *[other] { $count } شهرًا
}
procedures-unit-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
   *[other] { $count } ساعة
}
procedures-source = ملف النموذج
procedures-import-title = استيراد نموذج
procedures-import-intro = ارفعوا نموذج إجراء بصيغة TOML، مُعدَّلًا عن نموذج مرفق. يُفحص كاملًا قبل حفظه: كل خطوة يمكن بلوغها، ونهاية يمكن بلوغها من كل خطوة، وأدوار وأنواع وثائق معروفة.
procedures-import-file = ملف النموذج (TOML)
procedures-import-action = فحص واستيراد
procedures-import-refused = لم يُستورد النموذج. صحّحوا هذه الأسطر وارفعوه مجددًا:
procedures-line = السطر { $line }
procedures-error-not-text = الملف ليس نصًا بترميز UTF-8.
flash-procedure-imported = تم استيراد النموذج. تتبعه من الآن الملفات الجديدة في إقليمه.
procedures-holidays-title = أيام العطل
procedures-holidays-intro = الآجال المحسوبة بأيام العمل تتخطى هذه الأيام، والأجل الذي يصادف أحدها يُرحَّل إلى يوم العمل التالي عندما تنص قاعدته على ذلك.
procedures-years = السنوات
procedures-day = اليوم
procedures-holiday = العطلة
procedures-place = المكان
procedures-national = كل إيطاليا
procedures-remove = حذف
procedures-holiday-add = إضافة عطلة
procedures-place-code = البلدية (رمز ISTAT)
procedures-place-hint = ستة أرقام، مثل 015146 لميلانو؛ اتركوه فارغًا لعطلة وطنية.
flash-holiday-removed = حُذفت العطلة؛ أُعيد حساب الآجال.
holiday-new-year = رأس السنة
holiday-epiphany = عيد الغطاس
holiday-easter = عيد الفصح
holiday-easter-monday = اثنين الفصح
holiday-liberation = عيد التحرير
holiday-labour = عيد العمال
holiday-republic = عيد الجمهورية
holiday-assumption = عيد انتقال العذراء
holiday-all-saints = عيد جميع القديسين
holiday-saint-francis = عيد القديس فرنسيس الأسيزي
holiday-immaculate-conception = عيد الحبل بلا دنس
holiday-christmas = عيد الميلاد
holiday-saint-stephen = عيد القديس إسطفانوس
holiday-saint-ambrose = عيد القديس أمبروسيوس (ميلانو)
holiday-saint-john = عيد القديس يوحنا المعمدان (تورينو)
