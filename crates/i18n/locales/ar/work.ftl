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
