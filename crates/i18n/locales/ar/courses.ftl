# دورات ما قبل السفر (issue 14): الدورات والحصص والحضور والاختبارات وقاعدة الإتمام
# والشهادات والتحقق العلني منها، وجاهزية السفر في صفحة الملف.

nav-courses = الدورات
nav-my-courses = دوراتي
courses-title = دورات ما قبل السفر
courses-none = لا توجد دورة بعد.
courses-back = العودة إلى الدورات
course-new-title = دورة جديدة
course-create = أنشئ الدورة
course-choose = اختر…
course-field-title = العنوان
course-field-subject = المادة
course-field-organisation = تقدّمها
course-field-programme = البرنامج
course-field-runner = البرنامج والجهة التي تقدّمها
course-field-sessions = الحصص
course-field-enrolled = المشاركون
course-field-participant = المشارك
course-field-level = المستوى المحقَّق
course-field-standing = الوضع
course-field-date = التاريخ
course-field-time = ساعة البدء
course-field-topic = الموضوع
course-field-place = المكان أو القاعة الافتراضية
course-field-taken-on = تاريخ الاختبار
course-field-min-attendance = الحضور المطلوب، بالنسبة المئوية من كل الحصص المقررة
course-field-min-level = مستوى الإيطالية المطلوب
course-field-weight-late = يُحتسب التأخر (نسبة مئوية من الحصة)
course-field-weight-justified = يُحتسب الغياب المبرَّر (نسبة مئوية من الحصة)
course-subject-italian = اللغة الإيطالية
course-subject-civic = التربية المدنية
course-subject-safety = السلامة في العمل
course-subject-rights = الحقوق والواجبات
course-mark-present = حاضر
course-mark-late = متأخر
course-mark-justified = غياب مبرَّر
course-mark-absent = غائب
course-mark-none = لم يُسجَّل
course-online = عن بُعد
course-rule-title = قاعدة الإتمام
course-rule-intro = متى يكون المشارك قد أتمّ دورات ما قبل السفر في البرنامج: الحضور من كل الحصص المقررة في كل دورة، ولدورة الإيطالية المستوى الذي سجّله اختبار. عندها فقط يمكن نقل الملف إلى «جاهز للسفر».
course-rule-attendance = حضور لا يقل عن { $percent } %
course-rule-level = الإيطالية { $level }
course-rule-late = يُحتسب التأخر { $percent } %
course-rule-justified = يُحتسب الغياب المبرَّر { $percent } %
course-rule-default = القاعدة الافتراضية: لم يحدد البرنامج قاعدته الخاصة
course-rule-edit = غيّر القاعدة
course-rule-save = احفظ القاعدة
course-level-none = لا يُطلب مستوى
course-participants-title = المشاركون
course-participants-none = لم يُسجَّل أحد بعد.
course-rate-so-far = الحضور حتى الآن
course-rate-planned = من كل الحصص المقررة
course-warning-out-of-reach = لم يعد بإمكانه بلوغ نسبة الحضور المطلوبة
course-complete = مكتملة
course-certificate = الشهادة
course-certificate-issue = أصدر الشهادة
course-enrol = سجِّل
course-enrol-case = مرجع الملف (MC-…)
course-test-title = سجّل اختبارًا
course-test-record = سجّل الاختبار
course-sessions-title = الحصص
course-sessions-none = لا توجد حصة مقررة بعد.
course-session-new = حصة جديدة
course-session-add = أضف الحصة
course-session-unmarked = لم يُسجَّل الحضور بعد
course-attendance-title = الحضور
course-attendance-save = احفظ الحضور
course-error-subject = اختر إحدى المواد.
course-error-runner = اختر جهة من البرنامج يمكنك إدارة الدورات لها.
course-error-time = اكتب الساعة بالشكل HH:MM.
course-error-too-many-sessions = بلغت هذه الدورة أقصى عدد من الحصص.
course-error-case = لا يوجد ملف في هذا البرنامج بهذا المرجع.
course-error-enrolled = هذا المشارك مسجَّل في هذه الدورة بالفعل.
course-error-enrolment = أحد من سُجِّل حضورهم غير مسجَّل في هذه الدورة.
course-error-mark = اختر: حاضر أو متأخر أو غياب مبرَّر أو غائب.
course-error-not-held = لم تُعقد هذه الحصة بعد.
course-error-future = لا يمكن أن يكون تاريخ الاختبار في المستقبل.
course-error-percent = اكتب عددًا صحيحًا من 0 إلى 100.
course-error-incomplete = لم يُتمّ المشارك الدورة كما تطلب القاعدة: لا شهادة بعد.
course-error-certified = لدى هذا المشارك شهادته بالفعل.
case-error-courses = لم يُتمّ المشارك دورات ما قبل السفر التي تطلبها قاعدة البرنامج.
case-readiness-title = دورات ما قبل السفر
case-readiness-ready = أُتمّت الدورات كما تطلب القاعدة.
case-readiness-not-ready = لم تُتمّ الدورات بعد: لا يمكن نقل الملف إلى «جاهز للسفر».
flash-course-created = أُنشئت الدورة.
flash-course-session-added = أُضيفت الحصة.
flash-course-enrolled = سُجِّل المشارك.
flash-course-attendance-saved = حُفظ الحضور.
flash-course-test-recorded = سُجِّل الاختبار.
flash-course-certificate-issued = صدرت الشهادة.
flash-course-rule-saved = حُفظت قاعدة الإتمام.
task-course-attendance = { $count ->
    [one] سجّل حضور حصة عُقدت ({ $about })
   *[other] سجّل حضور { $count } حصص عُقدت ({ $about })
}
task-course-warning = { $count ->
    [one] مشارك لم يعد بإمكانه بلوغ نسبة الحضور المطلوبة ({ $about })
   *[other] { $count } مشاركين لم يعد بإمكانهم بلوغ نسبة الحضور المطلوبة ({ $about })
}
my-courses-title = دوراتي
my-courses-none = لست مسجَّلًا في أي دورة.
my-courses-complete = مكتملة: سيصدر لك فريق الدورة شهادتك.
my-courses-download = نزّل الشهادة باللغة:
certificate-title = شهادة إتمام
certificate-intro = نشهد بأن الشخص المذكور أدناه قد أتمّ دورة ما قبل السفر.
certificate-name = الاسم
certificate-course = الدورة
certificate-subject = المادة
certificate-organisation = الجهة المقدِّمة
certificate-attendance = الحضور
certificate-level = مستوى الإيطالية المحقَّق
certificate-issued = تاريخ الإصدار
certificate-code = رمز التحقق
certificate-verify = يمكن لأي شخص التحقق من هذه الشهادة في صفحة التحقق في Mentor بالرمز { $code }.
certificate-footer = شهادة إتمام — الصفحة {"{"}page{"}"} من {"{"}pages{"}"}
verify-title = التحقق من شهادة
verify-intro = اكتب الرمز المطبوع على الشهادة. لا يُظهر الجواب إلا الاسم والدورة والتاريخ.
verify-code = رمز التحقق
verify-check = تحقّق
verify-found = هذه الشهادة صحيحة.
verify-unknown = لا توجد شهادة بهذا الرمز. تأكد من كتابته كما هو مطبوع.
verify-wait = { $seconds ->
    [one] فُحص عدد كبير من الرموز من هنا: حاول مجددًا بعد ثانية.
   *[other] فُحص عدد كبير من الرموز من هنا: حاول مجددًا بعد { $seconds } ثوانٍ.
}
