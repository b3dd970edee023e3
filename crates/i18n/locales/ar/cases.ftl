# الملفات (issue 13): القائمة، صفحة الملف، قائمة المتدرّب، لوحة المتابعة.
nav-cases = الملفات
nav-cases-board = لوحة الملفات
nav-my-case = تدريبي
cases-title = الملفات
cases-count = { $count ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $count } ملفات
   *[other] { $count } ملفًا
}
cases-none-yet = ليس لديك ملف بعد: يُفتح الملف عندما تقبلك شركة مضيفة.
cases-field-reference = المرجع
cases-field-trainee = المتدرّب
cases-field-company = الشركة المضيفة
cases-field-city = المدينة
cases-field-country = البلد
cases-field-step = المرحلة
cases-field-waiting-for = بانتظار
cases-field-next-deadline = الموعد النهائي القادم
cases-field-overdue-only = المتأخرة فقط
case-standing-overdue = متأخر
case-standing-due-today = اليوم
case-standing-upcoming = قريبًا
case-standing-later = لاحقًا
case-title = الملف { $reference }
case-closed = مغلق
case-field-procedure = الإجراء
case-steps-title = مراحل الإجراء
case-missing-title = ما ينقص هذه المرحلة بعد
case-deadlines-title = المواعيد النهائية الجارية
case-deadlines-none = لا يجري أي موعد نهائي في هذه المرحلة.
case-deadline-who = على { $role } أن يتصرّف
case-why-title = لماذا هذا التاريخ
case-why-calendar-days = { $count ->
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
   *[other] { $count } يومًا
} بعد «{ $anchor }» ({ $date }).
case-why-working-days = { $count ->
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
   *[other] { $count } يوم عمل
} بعد «{ $anchor }» ({ $date })، دون احتساب عطلات نهاية الأسبوع والأعياد.
case-why-months = { $count ->
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
   *[other] { $count } شهرًا
} بعد «{ $anchor }» ({ $date }).
case-why-hours = { $count ->
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
   *[other] { $count } ساعة
} بعد «{ $anchor }» ({ $date }).
case-why-holidays = أعياد لم تُحتسب: { $days }.
case-why-rolled = أُرجئ من { $date } لأنه عطلة نهاية أسبوع أو يوم عيد.
case-why-time-assumed = ساعة «{ $anchor }» غير مسجّلة: يبدأ الحساب من بداية ذلك اليوم.
case-passport-expires-too-soon = تنتهي صلاحية جواز السفر قبل مرور 3 أشهر على نهاية التأشيرة.
case-passport-issued-too-long-ago = صدر جواز السفر قبل طلب التأشيرة بعشر سنوات أو أكثر.
case-duration-months = المدة المقرّرة: { $count ->
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
   *[other] { $count } شهرًا
}
case-duration-outside = خارج حدود الإجراء
case-conversion-window = يمكن طلب تحويل تصريح الإقامة من { $from } إلى { $to }.
case-advance-title = نقل الملف إلى المرحلة التالية
case-field-to = المرحلة التالية
case-field-on = تاريخ حدوثها
case-field-at = الساعة (إن كانت مهمة)
case-field-note = ملاحظة
case-field-by = سجّلها
case-action-advance = نقل الملف…
case-advance-question = هل تنقل الملف { $reference }؟
case-advance-from-to = من «{ $from }» إلى «{ $to }»
case-advance-on = بتاريخ { $date }
case-advance-warning = تُعاد حساب المواعيد النهائية ابتداءً من هذا التاريخ، وتبقى المرحلة مسجّلة في تاريخ الملف.
case-advance-confirm = نعم، انقل الملف
case-path-title = التاريخ
case-facts-title = البيانات
case-fact-missing = لم تُسجَّل بعد
case-fact-sealed = مسجّلة (محمية)
case-action-record = تسجيل
case-action-correct = تصحيح
case-documents-title = وثائق الملف
case-tasks-title = المهام
case-tasks-none = لم تُضَف أي مهمة.
case-task-done = منجزة
case-action-task-done = وضع علامة منجزة
case-field-task-title = المهمة
case-field-task-due = قبل تاريخ
case-field-task-who = من عليه إنجازها
case-action-add-task = إضافة المهمة
case-identity-title = هوية المتدرّب
case-identity-hint = بيانات الهوية التي تحتاجها الوثائق. تُسجَّل كل قراءة.
case-action-reveal = إظهار الهوية
case-identity-name = الاسم
case-identity-birth-date = تاريخ الميلاد
case-identity-passport = رقم جواز السفر
case-mine-title = تدريبي في إيطاليا
case-mine-now-title = ما عليّ فعله الآن
case-mine-upload = ارفع: { $document }
case-mine-give = أدخل هذه البيانات:
case-mine-nothing = لا شيء عليك فعله الآن.
case-mine-waiting = الخطوة التالية على { $role }: { $step }.
case-mine-details-title = بياناتي، للتصحيح عند الحاجة
case-mine-deadlines-title = مواعيدي النهائية
case-mine-calendar = أضف مواعيدي النهائية إلى تقويم هاتفي
case-mine-steps-title = مراحل إجرائي
cases-board-title = لوحة الملفات
cases-board-open = الملفات المفتوحة
cases-board-closed = الملفات المغلقة
cases-board-overdue = ذات موعد نهائي متجاوز
cases-board-see-overdue = عرضها
cases-board-bottleneck = تنتظر الملفات أطول مدة في «{ $step }».
cases-board-average = متوسط الأيام في كل مرحلة
cases-board-days = { $days } يوم
cases-board-table = الأرقام حسب المرحلة
cases-board-now = فيها الآن
cases-board-passed = المراحل المنتهية
cases-board-average-days = متوسط الأيام
cases-board-slowest-days = الأبطأ (بالأيام)
flash-case-moved = انتقل الملف إلى المرحلة التالية.
flash-case-fact-saved = سُجّلت البيانات.
flash-case-task-added = أُضيفت المهمة.
flash-case-task-done = وُضعت علامة منجزة على المهمة.
case-step-convention = الاتفاقية
case-step-training-project = مشروع التدريب
case-step-regional-review = دراسة الإقليم
case-step-regional-rejected = رفض الإقليم
case-step-regional-approved = موافقة الإقليم
case-step-visa-requested = طُلبت التأشيرة
case-step-visa-refused = رُفضت التأشيرة
case-step-visa-issued = صدرت التأشيرة
case-step-ready-to-depart = جاهز للسفر
case-step-arrived = الوصول إلى إيطاليا
case-step-permit-requested = طُلب تصريح الإقامة
case-step-active = بدأ التدريب
case-step-extended = مُدِّد
case-step-completed = اكتمل
case-step-interrupted = توقّف
case-step-withdrawn = سُحب
case-document-convention-signed = الاتفاقية الموقّعة
case-document-training-project-signed = مشروع التدريب الموقّع
case-document-regional-approval = موافقة الإقليم
case-document-insurance-policies = وثائق التأمين
case-document-visa = التأشيرة
case-document-travel-ticket = تذكرة السفر
case-document-housing-proof = إثبات السكن
case-document-hospitality-declaration = تصريح الاستضافة
case-document-permit-receipt = إيصال طلب تصريح الإقامة
case-document-residence-permit = تصريح الإقامة
case-document-employment-notice = الإشعار الإلزامي لمصالح التشغيل
case-document-final-report = التقرير النهائي
case-field-trainees-covered = عدد المتدرّبين الذين تشملهم الاتفاقية
case-field-inail-policy = رقم وثيقة تأمين INAIL
case-field-liability-policy = رقم وثيقة تأمين المسؤولية المدنية
case-field-company-tutor = مؤطّر الشركة
case-field-promoter-tutor = مؤطّر الجهة المروّجة
case-field-hours-per-week = الساعات في الأسبوع
case-field-allowance = المنحة الشهرية
case-field-planned-start-on = البداية المقرّرة
case-field-planned-end-on = النهاية المقرّرة
case-field-lodging = السكن
case-field-visa-requested-on = تاريخ طلب التأشيرة
case-field-passport-issued-on = تاريخ إصدار جواز السفر
case-field-passport-expires-on = تاريخ انتهاء جواز السفر
case-field-visa-ends-on = التأشيرة صالحة حتى
case-field-arrived-at = الوصول (التاريخ والساعة)
case-field-codice-fiscale = الرمز الضريبي (codice fiscale)
case-field-birth-place = مكان الميلاد
case-field-started-on = تاريخ بدء التدريب
case-field-permit-issued-on = تاريخ إصدار تصريح الإقامة
case-field-permit-expires-on = تصريح الإقامة صالح حتى
case-field-extended-to-on = مُدِّد حتى
case-rule-visa-decision = قرار القنصلية بشأن التأشيرة
case-rule-hospitality-declaration = تصريح الاستضافة
case-rule-permit-request = طلب تصريح الإقامة
case-rule-traineeship-start = بدء التدريب
