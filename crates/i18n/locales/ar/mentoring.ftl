# الإرشاد بعد التدريب (issue 15، البند 1).
nav-mentorships = الإرشاد
nav-my-mentorship = إرشادي

task-mentoring-reminder = { $count ->
    [one] لم تُسجَّل أي جلسة إرشاد منذ مدة
   *[other] { $count } مسارات إرشاد بلا جلسات منذ مدة
}
task-mentoring-overdue = { $count ->
    [one] إجراء في خطة الإرشاد تجاوز موعده
   *[other] { $count } إجراءات في خطة الإرشاد تجاوزت موعدها
}
task-mentoring-concern = { $count ->
    [one] مرشد قلق بشأن مسار إرشاد
   *[other] مرشدون قلقون بشأن { $count } مسارات إرشاد
}
participant-event-mentoring = جلسة إرشاد ({ $mode })

mentoring-mode-in_person = حضوريًا
mentoring-mode-phone = هاتفيًا
mentoring-mode-video = مكالمة فيديو
mentoring-mode-message = رسائل
mentoring-where-italy = في إيطاليا
mentoring-where-home = في البلد الأصلي

mentoring-list-title = مسارات الإرشاد
mentoring-list-caption = مسارات الإرشاد وآخر جلسة فيها
mentoring-list-none = لا يوجد مسار إرشاد هنا.
mentoring-filter-label = عرض مسارات الإرشاد
mentoring-show-open = الجارية
mentoring-show-closed = المغلقة
mentoring-show-concern = مع مصدر قلق
mentoring-show-all = الكل
mentoring-state-open = جارٍ
mentoring-state-closed = مغلق
mentoring-concern-tag = قلق
mentoring-no-session = لم تُسجَّل أي جلسة بعد

mentoring-field-mentee = المستفيد من الإرشاد
mentoring-field-mentor = المرشد
mentoring-field-where = مكان إقامة المستفيد
mentoring-field-last-session = آخر جلسة
mentoring-field-state = الحالة
mentoring-field-reference = الملف
mentoring-field-opened = تاريخ الفتح
mentoring-field-reminder = التذكير بعد كم يومًا بلا جلسة
mentoring-field-goals = الأهداف
mentoring-field-action = الإجراء
mentoring-field-due-on = الموعد النهائي
mentoring-field-held-on = التاريخ
mentoring-field-mode = الطريقة
mentoring-field-topics = المواضيع
mentoring-field-notes = الملاحظات

mentoring-new-title = مسار إرشاد جديد
mentoring-new-none = لا يوجد أحد يمكنك فتح مسار إرشاد له.
mentoring-back = العودة إلى مسارات الإرشاد
mentoring-choose = اختر…
mentoring-already = لديه مرشد بالفعل
mentoring-open = فتح مسار الإرشاد
mentoring-title = إرشاد { $name }
mentoring-mine-title = إرشادي
mentoring-mine-none = ليس لديك مسار إرشاد حاليًا.

mentoring-reminder-every = { $count ->
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $count } أيام
   *[other] بعد { $count } يومًا
}
mentoring-reminder-next = التذكير القادم في { $date }
mentoring-reminder-due = حان وقت جلسة
mentoring-terms-edit = تعديل الأهداف أو التذكير
mentoring-terms-save = حفظ

mentoring-concern-title = مصدر قلق
mentoring-concern-none = لا يوجد مصدر قلق مفتوح.
mentoring-concern-raised = أُبلغ عنه في { $date }
mentoring-concern-handled-on = عولج في { $date }
mentoring-concern-note = ما الذي يقلقك (لا يقرؤه إلا المنسق ومنظمتك)
mentoring-concern-raise = أنا قلق بشأن هذا المسار
mentoring-concern-question = هل تريد إبلاغ المنسق بأنك قلق بشأن هذا المسار؟
mentoring-concern-confirm = الإبلاغ عن القلق
mentoring-concern-warning = لا يُبلَّغ المستفيد؛ يراه المنسق إلى أن يضع عليه علامة «عولج».
mentoring-handled-note = ما الذي تم فعله
mentoring-handled-question = هل تريد وضع علامة «عولج» على مصدر القلق؟
mentoring-handled-confirm = وضع علامة «عولج»

mentoring-plan-title = خطة العمل
mentoring-plan-none = لا توجد إجراءات مخطط لها بعد.
mentoring-item-due = قبل { $date }
mentoring-item-done = منجز
mentoring-item-overdue = متأخر
mentoring-item-mark-done = وضع علامة «منجز»
mentoring-item-new = إجراء جديد
mentoring-item-add = إضافة إلى الخطة

mentoring-sessions-title = الجلسات
mentoring-session-new = تسجيل جلسة
mentoring-session-log = تسجيل الجلسة
mentoring-notes-hint = سري: لا يقرأ الملاحظات إلا منظمتك والمنسق، ولا يقرؤها المستفيد أبدًا.

mentoring-close-title = إغلاق مسار الإرشاد
mentoring-close-note = ملاحظة الإغلاق
mentoring-close-confirm = إغلاق مسار الإرشاد
mentoring-close-question = هل تريد إغلاق مسار الإرشاد هذا؟
mentoring-close-warning = لا يمكن تعديل مسار إرشاد مغلق.

flash-mentoring-opened = تم فتح مسار الإرشاد.
flash-mentoring-updated = تم حفظ مسار الإرشاد.
flash-mentoring-session-logged = تم تسجيل الجلسة.
flash-mentoring-item-added = تمت إضافة الإجراء إلى الخطة.
flash-mentoring-item-done = تم وضع علامة «منجز» على الإجراء.
flash-mentoring-concern = تم إرسال قلقك إلى المنسق.
flash-mentoring-handled = تم وضع علامة «عولج» على مصدر القلق.
flash-mentoring-close = تم إغلاق مسار الإرشاد.

mentoring-error-reminder = أدخل عدد أيام بين 7 و180.
mentoring-error-whereabouts = حدد ما إذا كان المستفيد يقيم في إيطاليا أو في بلده الأصلي.
mentoring-error-mode = اختر طريقة عقد الجلسة.
mentoring-error-mentee = اختر مشاركًا يمكنك إرشاده.
mentoring-error-mentor = اختر مرشدًا من برنامج المشارك.
mentoring-error-open = لدى هذا المشارك مسار إرشاد جارٍ بالفعل.
mentoring-error-closed = مسار الإرشاد هذا مغلق.
mentoring-error-item = هذا الإجراء غير موجود أو منجز بالفعل.
mentoring-error-concern-open = يوجد مصدر قلق مفتوح بالفعل.
mentoring-error-no-concern = لا يوجد مصدر قلق مفتوح.
