# الانتقاء: المعايير، التنقيط، المقابلات، الترتيب، القرارات، البريد الصادر.
nav-ranking = الترتيب
nav-criteria = معايير الانتقاء
selection-title = الانتقاء
selection-no-criteria = لا توجد بعد معايير انتقاء لهذا الإعلان.
selection-total = المجموع المرجَّح
selection-scores-caption = النقاط حسب المعيار والمُقيِّم
selection-mean = المعدل
selection-my-scores = نقاطك
selection-criterion-range = { $name } (0–{ $max })
selection-not-scored = لم يُنقَّط بعد
selection-assessors = { $count ->
    [one] نقّطه مُقيِّم واحد
    [two] نقّطه مُقيِّمان
    [few] نقّطه { $count } مُقيِّمين
   *[other] نقّطه { $count } مُقيِّمًا
}
selection-missing = { $count ->
    [one] معيار واحد لم يُنقَّط بعد
    [two] معياران لم يُنقَّطا بعد
    [few] { $count } معايير لم تُنقَّط بعد
   *[other] { $count } معيارًا لم يُنقَّط بعد
}
field-criterion = المعيار
field-weight = الوزن
field-max-score = النقطة القصوى
field-score-note = ملاحظة (اختيارية)
hint-scores = لكل مُقيِّم نقاطه الخاصة؛ اترك النقطة فارغة لسحبها. يعتمد المجموع على معدل نقاط جميع المُقيِّمين.
hint-weight = حصة المعيار من المجموع مقارنة بالمعايير الأخرى (1–100).
action-save-scores = حفظ نقاطي
action-set-criteria = تحديد المعايير
action-see-ranking = عرض الترتيب
action-add-criterion = إضافة المعيار
criteria-title = معايير الانتقاء: { $call }
criteria-intro = يحصل كل ترشح على نقطة لكل معيار، من 0 إلى حدّه الأقصى؛ ويتراوح المجموع المرجَّح بين 0 و100.
criteria-share = الحصة من المجموع
criteria-add = معيار جديد
interviews-title = المقابلات
interviews-none = لا توجد مقابلة مبرمجة.
interview-label = مقابلة
interview-schedule = برمجة مقابلة
field-interview-when = الموعد
field-interview-time = الساعة
field-interview-place = المكان أو الرابط الإلكتروني
field-interview-panel = لجنة المقابلة
field-interview-score = نقطة المقابلة
field-interview-notes = ملاحظات المقابلة
hint-interview-place = عنوان، أو رابط مكالمة الفيديو.
hint-interview-panel = أسماء أعضاء اللجنة، مفصولة بفواصل.
action-schedule-interview = برمجة المقابلة
action-record-interview = تسجيل المقابلة
ranking-title = الترتيب: { $call }
ranking-intro = الترشحات المُقيَّمة، من الأفضل: حسب المجموع المرجَّح، ثم نقطة المقابلة، ثم تاريخ الترشح.
ranking-criterion = { $name }: الوزن { $weight }، من { $max }
ranking-unassessed = { $count ->
    [one] ترشح واحد مؤهل لم يُنقَّط بعد.
    [two] ترشحان مؤهلان لم يُنقَّطا بعد.
    [few] { $count } ترشحات مؤهلة لم تُنقَّط بعد.
   *[other] { $count } ترشحًا مؤهلًا لم يُنقَّط بعد.
}
ranking-empty = لم يُنقَّط أي ترشح بعد.
ranking-candidate = المترشح
ranking-assessors = المُقيِّمون
ranking-incomplete = بعض المعايير لم تُنقَّط بعد؛ يأتي الترشح بعد التقييمات الكاملة.
event-score = نقّطه أحد المُقيِّمين
event-interview = مقابلة مبرمجة في { $when }
event-interview-result = سُجِّلت المقابلة
outbox-title = البريد الصادر
outbox-intro = الرسائل التي تنتظر الإرسال والرسائل المُرسَلة. لا تُعرض هنا العناوين ولا المحتويات.
outbox-kind = النوع
outbox-language = اللغة
outbox-attempts = المحاولات
outbox-next = المحاولة التالية
outbox-error = آخر خطأ
outbox-state-pending = في الانتظار
outbox-state-sent = أُرسلت
outbox-state-failed = تُخلّي عنها
error-criterion-name = أعطِ المعيار اسمًا.
error-criterion-name-long = الاسم طويل جدًا (80 حرفًا على الأكثر).
error-criterion-weight = يجب أن يكون الوزن عددًا صحيحًا من 1 إلى 100.
error-criterion-max = يجب أن تكون النقطة القصوى عددًا صحيحًا من 1 إلى 100.
error-criterion-taken = لهذا الإعلان معيار بهذا الاسم من قبل.
error-criterion-scored = لهذا المعيار نقاط مسجلة ولا يمكن حذفه؛ غيّر وزنه بدلًا من ذلك.
error-score-range = يجب أن تكون النقطة عددًا صحيحًا من 0 إلى الحد الأقصى للمعيار.
error-not-assessable = لا تُنقَّط ولا تُستدعى للمقابلة إلا الترشحات المؤهلة أو المنتقاة أو المدرجة في قائمة الانتظار.
error-interview-date = أدخل تاريخ المقابلة.
error-interview-time = أدخل ساعة المقابلة (الساعات:الدقائق).
error-interview-place = أدخل مكان المقابلة أو رابطها.
error-interview-panel = اذكر أعضاء لجنة المقابلة.
error-interview-score = يجب أن تكون نقطة المقابلة عددًا صحيحًا من 0 إلى 100.
mail-decision-subject = ترشحك: { $call }
mail-greeting = { $name } المحترم(ة)،
mail-greeting-anonymous = عزيزي المترشح، عزيزتي المترشحة،
mail-decision-shortlisted = يسعدنا إعلامك بأن ترشحك لـ { $call } قد تم انتقاؤه. سنتواصل معك قريبًا بشأن الخطوات التالية: الربط بمؤسسة مستضيفة في إيطاليا والتحضير قبل السفر.
mail-decision-waiting-list = أُدرج ترشحك لـ { $call } في قائمة الانتظار. إذا شغر مكان، سنتواصل معك.
mail-decision-rejected = يؤسفنا إعلامك بأن ترشحك لـ { $call } لم يتم انتقاؤه.
mail-decision-reason = السبب: { $reason }
mail-decision-see-status = يمكنك متابعة ترشحك في أي وقت بتسجيل الدخول إلى منصة Mentor.
mail-signature = فريق MENTOR
