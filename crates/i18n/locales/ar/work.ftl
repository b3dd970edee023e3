# قائمة المهام والتأكيدات والرسائل التي تؤكد نجاح الإجراء.

task-screen-applications = { $count ->
    [zero] لا توجد طلبات للفحص
    [one] طلب واحد للفحص
    [two] طلبان للفحص
    [few] { $count } طلبات للفحص
   *[other] { $count } طلبًا للفحص
}
confirm-cancel = إلغاء
confirm-reason = السبب
flash-done = تمّ.
users-disable-question = هل تريد تعطيل حساب { $name }؟
flash-user-disabled = تم تعطيل الحساب وتسجيل خروج صاحبه.
flash-user-enabled = تمت إعادة تفعيل الحساب.
flash-saved = تم حفظ التعديلات.
flash-call-created = تم إنشاء الدعوة.
flash-checklist-saved = تم حفظ قائمة التحقق.
flash-company-created = تم تسجيل الشركة.
flash-stage-changed = تم تغيير مرحلة الشركة.
flash-contact-logged = تم تسجيل الاتصال.
flash-document-uploaded = تم رفع الوثيقة.
flash-document-deleted = تم حذف الوثيقة.
flash-duplicates-merged = تم دمج الملفين.
flash-duplicate-dismissed = تم تأكيد أنهما شخصان مختلفان.
flash-organisation-created = تم إنشاء المنظمة.
flash-campaign-created = تم إنشاء الحملة.
flash-follow-up-done = تم تسجيل المتابعة كمنجزة.
flash-position-created = تم إنشاء الوظيفة.
flash-programme-created = تم إنشاء البرنامج.
flash-territory-added = تمت إضافة المنطقة.
flash-ranking-saved = تم حفظ ترتيبك.
flash-user-created = تم إنشاء الحساب.
flash-membership-added = تمت إضافة الدور.
flash-membership-removed = تمت إزالة الدور.
duplicates-merge-question = هل تريد دمج هذين الطلبين؟
duplicates-merge-taken = { $count ->
    [zero] لن تؤخذ أي قيمة من الطلب الآخر.
    [one] ستؤخذ قيمة واحدة من الطلب الآخر.
    [two] ستؤخذ قيمتان من الطلب الآخر.
    [few] ستؤخذ { $count } قيم من الطلب الآخر.
   *[other] ستؤخذ { $count } قيمة من الطلب الآخر.
}
duplicates-merge-final = لا يمكن التراجع عن الدمج: يخرج الطلب الآخر نهائيًا من جميع القوائم.
flash-step-saved = تم الحفظ. يمكنك التوقف هنا والعودة لاحقًا.
flash-application-sent = تم إرسال طلبك. سنراسلك عند صدور قرار.
error-shortlist-unpublished = بعض المرشحين في هذا التوزيع مدرجون في القائمة المختصرة لكن لم يُبلَّغوا بعد: انشر قرارات الدعوة قبل اقتراحهم على الشركات.
matching-approve-question = هل تريد اقتراح أزواج هذا التوزيع على الشركات؟
matching-approve-count = { $count ->
    [zero] لن يُقترح أي مرشح.
    [one] سيُقترح مرشح واحد على شركة، ستطّلع على ملفه المجهول الهوية وتجيب.
    [two] سيُقترح مرشحان على شركاتهما، التي ستطّلع على ملفيهما المجهولَي الهوية وتجيب.
    [few] سيُقترح { $count } مرشحين على شركاتهم، التي ستطّلع على ملفاتهم المجهولة الهوية وتجيب.
   *[other] سيُقترح { $count } مرشحًا على شركاتهم، التي ستطّلع على ملفاتهم المجهولة الهوية وتجيب.
}
matching-approve-final = لا يمكن سحب الاقتراح: لا ينهيه إلا رفض الشركة.
flash-run-approved = { $count ->
    [zero] لم يُقترح أي مرشح.
    [one] اقتُرح مرشح واحد على شركة.
    [two] اقتُرح مرشحان على شركاتهما.
    [few] اقتُرح { $count } مرشحين على شركاتهم.
   *[other] اقتُرح { $count } مرشحًا على شركاتهم.
}
accept-question = هل تقبل هذا المرشح للتدريب؟
accept-final = القبول نهائي: لا يمكن للشركة سحبه.
accept-confirm = قبول
