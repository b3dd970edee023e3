# النتائج والمتابعات وصفحة المشارك (issue 14).

nav-outcomes = النتائج

## الأرقام حسب البلد
outcomes-title = نتائج التدريبات
outcomes-intro = كيف انتهت التدريبات، حسب بلد المنشأ، وفق النتائج المسجلة للملفات التي يمكنك الاطلاع عليها.
outcomes-none = لم تُسجَّل أي نتيجة بعد.
outcomes-country = بلد المنشأ
outcomes-in-italy = في إيطاليا عند النهاية (تمديد أو عقد عمل)
outcomes-returned-home = عادوا إلى بلدهم
outcomes-total = المجموع

## أنواع النتائج
outcome-kind-extension = تمديد التدريب
outcome-kind-job-contract = عقد عمل في إيطاليا (تحويل تصريح الإقامة)
outcome-kind-returned-home = العودة إلى البلد
outcome-kind-interrupted = انقطع
outcome-kind-other = أخرى

## نتيجة الملف
outcome-title = النتيجة والمتابعات
outcome-open = عرض النتيجة والمتابعات
outcome-page-title = نتيجة الملف { $reference }
outcome-back = العودة إلى الملف
outcome-field-kind = النتيجة
outcome-field-day = اليوم
outcome-field-country = البلد بعد التدريب
outcome-field-note = ملاحظة
outcome-corrected = صُحِّحت هذه النتيجة بعد تسجيلها أول مرة.
outcome-none = لم تُسجَّل أي نتيجة بعد.
outcome-choose = اختر…
outcome-action-record = تسجيل النتيجة
outcome-action-correct = تصحيح النتيجة
outcome-error-kind = اختر كيف انتهى التدريب.
outcome-error-step = لا يمكن تسجيل النتيجة إلا بعد بدء التدريب.
outcome-error-recorded = سجّلها شخص آخر في الأثناء؛ راجع الصفحة وأعد المحاولة.
flash-outcome-recorded = سُجِّلت النتيجة.
flash-outcome-corrected = صُحِّحت النتيجة.

## المتابعات
follow-ups-title = المتابعات
follow-ups-after-outcome = تحلّ المتابعات بعد 3 و6 و12 و24 شهرًا من النتيجة، بعد تسجيلها.
follow-up-field-months = المتابعة
follow-up-field-due = تاريخ الاستحقاق
follow-up-field-status = الحالة
follow-up-months = { $count ->
    [zero] بعد { $count } شهر
    [one] بعد شهر واحد
    [two] بعد شهرين
    [few] بعد { $count } أشهر
   *[other] بعد { $count } شهرًا
}
follow-up-done = أُنجزت
follow-up-overdue = متأخرة
follow-up-pending = للإنجاز
follow-up-open = تسجيل المتابعة التالية
follow-up-title = متابعة الملف { $reference }
follow-up-back = العودة إلى النتيجة
follow-up-due-on = { $count ->
    [zero] المتابعة بعد { $count } شهر، المستحقة في { $date }.
    [one] المتابعة بعد شهر واحد، المستحقة في { $date }.
    [two] المتابعة بعد شهرين، المستحقة في { $date }.
    [few] المتابعة بعد { $count } أشهر، المستحقة في { $date }.
   *[other] المتابعة بعد { $count } شهرًا، المستحقة في { $date }.
}
follow-up-preloaded = أُدرجت إجابات المتابعة السابقة: غيّر ما تغيّر الآن.
follow-up-field-done-on = يوم المتابعة
follow-up-field-country = البلد الذي يعيش فيه الشخص
follow-up-field-working = يعمل
follow-up-field-sector = قطاع صاحب العمل
follow-up-field-occupation = المهنة
follow-up-ties = الروابط مع البلد الآخر
follow-up-field-remittances = يرسل أموالًا إلى البلد (تحويلات)
follow-up-field-business-links = روابط أعمال مع البلد الآخر
follow-up-field-further-mobility = انتقل أو يخطط لتنقلات أخرى
follow-up-action-record = تسجيل المتابعة
follow-up-none-due = لا توجد متابعة مستحقة لهذا الملف.
follow-up-yes = نعم
follow-up-no = لا
follow-up-error-occupation = اذكر مهنة الشخص الذي يعمل.
follow-up-error-no-outcome = سجّل النتيجة أولًا: تُحسب المتابعات ابتداءً منها.
follow-up-error-recorded = سُجِّلت هذه المتابعة من قبل؛ افتح المتابعة التالية.
flash-follow-up-recorded = سُجِّلت المتابعة.

## المهام (صندوق الوارد والملخص اليومي)
task-follow-up-overdue = { $count ->
    [one] متابعة متأخرة
   *[other] { $count } متابعات متأخرة
}
task-follow-up-due = { $count ->
    [one] متابعة يحلّ موعدها قريبًا
   *[other] { $count } متابعات يحلّ موعدها قريبًا
}

## صفحة المشارك
participant-title = صفحة المشارك
participant-open = كل ما حدث لهذا المشارك
participant-mine = كل ما حدث منذ ترشّحي
participant-page-title = { $family } { $given }
participant-story-title = ما حدث
participant-story-empty = لم يُسجَّل شيء بعد.
participant-note = ملاحظة
participant-event-proposed = اقتُرح على { $company } لوظيفة «{ $position }»
participant-event-placement = التعيين: { $status }
participant-event-step = الملف: { $step }
participant-event-outcome = النتيجة: { $outcome }
participant-event-follow-up = { $count ->
    [zero] متابعة بعد { $count } شهر
    [one] متابعة بعد شهر واحد
    [two] متابعة بعد شهرين
    [few] متابعة بعد { $count } أشهر
   *[other] متابعة بعد { $count } شهرًا
}
participant-event-traineeship = تم إعداد التدريب
participant-event-allowance = تمت الموافقة على المنحة الشهرية
participant-event-incident = تم تسجيل حادث
participant-event-enrolled = التسجيل في الدورة «{ $course }»
participant-event-certificate = شهادة الدورة «{ $course }»
