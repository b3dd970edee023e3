# تدريب الملف (issue 14): التواريخ، التقارير الشهرية، المنحة، الحوادث، التقييمات، التمديد والإيقاف.
nav-traineeships = التدريبات
traineeships-title = التدريبات
traineeships-none = لا يوجد تدريب في نطاقك بعد.
traineeship-title = التدريب
traineeship-open = التدريب: التواريخ والتقارير والمنحة
traineeship-back = العودة إلى التدريب

## الحقول
traineeship-field-reference = الملف
traineeship-field-trainee = المتدرب
traineeship-field-company = الشركة المستضيفة
traineeship-field-starts-on = البداية
traineeship-field-ends-on = النهاية
traineeship-field-step = المرحلة
traineeship-field-hours = الساعات في الأسبوع
traineeship-field-maximum = أقصى مدة ممكنة
traineeship-field-month = الشهر
traineeship-field-attendance = الحضور
traineeship-field-amount = المبلغ
traineeship-field-rule = القاعدة
traineeship-field-paid-on = تاريخ الدفع
traineeship-field-days-attended = أيام الحضور
traineeship-field-days-scheduled = الأيام المقررة
traineeship-field-progress = التقدّم
traineeship-field-issues = الصعوبات
traineeship-field-status = الحالة
traineeship-field-closing-note = ملاحظة (إلزامية للإغلاق)
traineeship-field-incident-title = ماذا حدث
traineeship-field-severity = الخطورة
traineeship-field-owner = المسؤول
traineeship-field-description = التفاصيل
traineeship-field-note = ملاحظة
traineeship-field-extend-to = تاريخ النهاية الجديد
traineeship-field-reason = السبب
traineeship-field-interrupt-on = تاريخ الإيقاف
traineeship-months-n = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
   *[other] { $count } شهرًا
}

## الصفحة
traineeship-dates-title = التواريخ والساعات
traineeship-not-set-up = لم تُحدَّد تواريخ التدريب بعد.
traineeship-prefilled = مُعبّأة من معطيات الملف ومن الوظيفة: تحقّق منها ثم احفظ.
traineeship-action-save-dates = حفظ التواريخ
traineeship-people-title = الأشخاص
traineeship-nobody = لم يُكلَّف أحد
traineeship-you-report-as = تقدّم التقارير بصفتك: { $duty }
traineeship-months-title = التقارير الشهرية
traineeship-state-none = لم يُقدَّم
traineeship-state-draft = مسودة
traineeship-state-submitted = مُقدَّم
traineeship-action-read = قراءة
traineeship-action-write = تحرير
traineeship-allowances-title = المنحة
traineeship-rule-source = القاعدة: { $source }
traineeship-rule-unverified = غير مُتحقَّق منها
traineeship-pending-title = في انتظار موافقة الجهة المروّجة
traineeship-attendance = { $attended } من { $scheduled } يومًا ({ $percent } %)
traineeship-action-approve = موافقة
traineeship-no-allowances = لم تتم الموافقة على أي شهر بعد.
traineeship-action-paid = تسجيل الدفع
traineeship-not-paid = لم تُدفع بعد
traineeship-reports-title = التقارير المقدَّمة
traineeship-no-reports = لم يُقدَّم أي تقرير بعد.
traineeship-days-attended-n = { $count ->
    [zero] لا أيام حضور
    [one] يوم حضور واحد
    [two] يوما حضور
    [few] { $count } أيام حضور
   *[other] { $count } يوم حضور
}
traineeship-days-scheduled-n = { $count ->
    [zero] لا أيام مقررة
    [one] يوم مقرر واحد
    [two] يومان مقرران
    [few] { $count } أيام مقررة
   *[other] { $count } يومًا مقررًا
}
traineeship-incidents-title = الحوادث
traineeship-owned-by = المسؤول: { $name }
traineeship-owner-me = أنا
traineeship-action-move-incident = تحديث
traineeship-action-open-incident = تسجيل حادث
traineeship-severity-low = منخفضة
traineeship-severity-medium = متوسطة
traineeship-severity-high = مرتفعة
traineeship-status-open = مفتوح
traineeship-status-in_progress = قيد المعالجة
traineeship-status-closed = مغلق
traineeship-evaluations-title = تقييمات الكفاءات
traineeship-no-objectives = لا يذكر المشروع التدريبي أهدافًا للتقييم.
traineeship-action-evaluate = حفظ التقييم
traineeship-stage-mid_term = تقييم منتصف المدة
traineeship-stage-final = التقييم النهائي
traineeship-level-1 = ليس بعد
traineeship-level-2 = جزئيًا
traineeship-level-3 = مُحقَّق
traineeship-level-4 = فوق المتوقع
traineeship-moves-title = التمديد أو الإيقاف
traineeship-action-extend = تمديد
traineeship-action-interrupt = إيقاف

## تقرير شهري
traineeship-report-title = التقرير الشهري، { $month }
traineeship-report-submitted = قُدِّم: لم يعد بالإمكان تغييره.
traineeship-report-draft-hint = أنت وحدك ترى هذه المسودة إلى أن تقدّمها.
traineeship-register-hint = من سجل الحضور الخاص بك: الأيام التي كان المتدرب مُنتظَرًا فيها.
traineeship-action-save-draft = حفظ المسودة
traineeship-action-submit = تقديم

## التأكيدات
traineeship-submit-question = تقديم تقرير { $month }؟
traineeship-submit-warning = بعد التقديم لا يمكن تعديل التقرير.
traineeship-approve-question = الموافقة على منحة { $month }؟
traineeship-amount = المبلغ المستحق: { $amount }
traineeship-approve-warning = بعد الموافقة يُثبَّت المبلغ: لا يمكن لأي تعديل لاحق أن يغيّره.
traineeship-extend-question = تمديد التدريب؟
traineeship-extend-to = حتى { $date }
traineeship-interrupt-question = إيقاف التدريب؟
traineeship-interrupt-on = في { $date }

## رسائل
flash-traineeship-saved = حُفظت تواريخ التدريب.
flash-traineeship-report-saved = حُفظت المسودة.
flash-traineeship-report-submitted = قُدِّم التقرير.
flash-traineeship-approved = تمت الموافقة على المنحة وتثبيتها.
flash-traineeship-paid = سُجِّل الدفع.
flash-traineeship-incident-opened = سُجِّل الحادث.
flash-traineeship-incident-moved = حُدِّث الحادث.
flash-traineeship-evaluated = حُفظ التقييم.
flash-traineeship-extended = مُدِّد التدريب.
flash-traineeship-interrupted = أُوقف التدريب.

## الأخطاء
traineeship-error-month = أدخل شهرًا بالسنة والشهر.
traineeship-error-days = أدخل عدد أيام يتّسع له الشهر.
traineeship-error-more-than-scheduled = أيام الحضور أكثر من الأيام المقررة.
traineeship-error-closing-note = لإغلاقه، اذكر كيف انتهى.
traineeship-error-level = أدخل مستوى لكل هدف.
traineeship-error-month-outside = هذا الشهر خارج فترة التدريب، أو لم يبدأ بعد.
traineeship-error-no-register = لم يقدّم مؤطر الشركة سجل هذا الشهر بعد.
traineeship-error-no-rule = لا توجد قاعدة منحة معروفة لهذه الجهة.
traineeship-error-paid-on = أدخل يوم الدفع: خلال الشهر أو بعده، لا في المستقبل.
traineeship-error-owner = يجب أن يكون المسؤول أحد أشخاص الملف، أو أنت.
traineeship-error-severity = اختر درجة الخطورة.
traineeship-error-status = اختر حالة.
traineeship-error-reason = اذكر سببًا.
traineeship-error-extension-end = يجب أن تأتي النهاية الجديدة بعد النهاية الحالية.
traineeship-error-too-long = سيتجاوز التدريب المدة المسموح بها: اثنا عشر شهرًا في المجموع، وأقل حيث تحدد الجهة حدًا أقصى حسب مؤهل المتدرب.
traineeship-error-hours = أدخل الساعات في الأسبوع، بحد أقصى ثمانٍ وأربعين.
traineeship-error-end-before-start = النهاية تسبق البداية.
traineeship-error-report-submitted = قُدِّم هذا التقرير: لم يعد بالإمكان تغييره.
traineeship-error-allowance-locked = تمت الموافقة على منحة هذا الشهر من قبل: مبلغها مُثبَّت.
traineeship-error-incident-closed = لا يمكن للحادث أن يعود إلى الوراء ولا أن يُغلق مرتين.

## المهام (صندوق الوارد والملخص اليومي)
task-traineeship-report-due = { $count ->
    [zero] لا تقارير شهرية مستحقة
    [one] تقرير تدريب شهري مستحق
    [two] تقريرا تدريب شهريان مستحقان
    [few] { $count } تقارير تدريب شهرية مستحقة
   *[other] { $count } تقريرًا شهريًا مستحقًا
}
task-traineeship-approval = { $count ->
    [zero] لا منح في انتظار موافقتك
    [one] منحة شهر في انتظار موافقتك
    [two] منحتا شهرين في انتظار موافقتك
    [few] منح { $count } أشهر في انتظار موافقتك
   *[other] منح { $count } شهرًا في انتظار موافقتك
}
task-traineeship-incident = { $count ->
    [zero] لا حوادث مفتوحة أنت مسؤول عنها
    [one] حادث أنت مسؤول عنه مفتوح
    [two] حادثان أنت مسؤول عنهما مفتوحان
    [few] { $count } حوادث أنت مسؤول عنها مفتوحة
   *[other] { $count } حادثًا أنت مسؤول عنه مفتوحًا
}
