# مواعيد الملفات خارج صفحات الملفات: المهام والتنبيهات والتقويم وواجهة البرمجة.

## المهام (صندوق المهام والملخص اليومي)
task-case-overdue = { $count ->
    [one] تجاوز موعد في أحد الملفات أجله: تصرّف الآن
   *[other] { $count } مواعيد في الملفات تجاوزت أجلها: تصرّف الآن
}
task-case-upcoming = { $count ->
    [one] يحلّ موعد في أحد الملفات خلال الأيام القادمة
   *[other] { $count } مواعيد في الملفات تحلّ خلال الأيام القادمة
}

## قواعد المواعيد ومراحل الإجراء
deadlines-rule-visa-decision = قرار القنصلية بشأن التأشيرة
deadlines-rule-hospitality-declaration = تصريح الاستضافة
deadlines-rule-permit-request = طلب تصريح الإقامة
deadlines-rule-traineeship-start = بدء التدريب
deadlines-rule-task = مهمة مضافة إلى الملف
deadlines-step-convention = الاتفاقية
deadlines-step-training-project = مشروع التدريب
deadlines-step-regional-review = مراجعة الإقليم
deadlines-step-regional-rejected = رفضه الإقليم
deadlines-step-regional-approved = وافق عليه الإقليم
deadlines-step-visa-requested = طُلبت التأشيرة
deadlines-step-visa-refused = رُفضت التأشيرة
deadlines-step-visa-issued = صدرت التأشيرة
deadlines-step-ready-to-depart = جاهز للسفر
deadlines-step-arrived = وصل إلى إيطاليا
deadlines-step-permit-requested = طُلب تصريح الإقامة
deadlines-step-active = بدأ التدريب
deadlines-step-extended = مُدّد التدريب
deadlines-step-completed = اكتمل
deadlines-step-interrupted = انقطع
deadlines-step-withdrawn = سُحب

## التنبيه إلى منسّقي البرنامج
deadlines-escalation-subject = موعد متجاوز في الملف { $reference }
deadlines-escalation-body = { $days ->
    [one] الملف { $reference }: كان موعد «{ $rule }» في { $date } وقد تأخّر يومًا واحدًا. على من يجب أن يتصرّف: { $who }.
   *[other] الملف { $reference }: كان موعد «{ $rule }» في { $date } وقد تأخّر { $days } أيام. على من يجب أن يتصرّف: { $who }.
}
deadlines-escalation-open = افتح الملف: { $link }

## التقويم (الأحداث)
deadlines-feed-name = Mentor — مواعيدي
deadlines-feed-summary = { $reference }: { $rule }
deadlines-feed-summary-own = { $rule } ({ $step })
deadlines-feed-why = { $unit ->
    [working_days] { $offset } أيام عمل
    [months] { $offset } أشهر
    [hours] { $offset } ساعات
   *[calendar_days] { $offset } أيام
} بعد: { $anchor }، { $date }
deadlines-feed-open = افتح الملف: { $link }

## التقويم (الصفحة)
nav-calendar = تقويمي
calendar-title = مواعيدي في تقويمي
calendar-intro = اشترك في مواعيد ملفاتك من تقويم هاتفك أو حاسوبك: يظهر كل موعد حدثًا ليوم كامل ويُحدَّث عندما يتغيّر تاريخه.
calendar-privacy = تذكر الأحداث الملفات برقمها المرجعي (MC-…)، ولا تذكر أبدًا اسم متدرّب، لأن التقاويم تُزامَن مع خوادم شركات أخرى.
calendar-secret = العنوان سرّي: من يملكه يرى مواعيدك. إن تسرّب، أنشئ عنوانًا جديدًا (يتوقّف القديم عن العمل) أو أوقفه.
calendar-none = ليس لديك عنوان تقويم بعد.
calendar-active = عنوان تقويمك مفعّل. حفاظًا على الأمان لا يُعرض مرة أخرى: أنشئ عنوانًا جديدًا إن احتجت إليه.
calendar-made = عنوان تقويمك الجديد
calendar-shown-once = انسخه الآن: لا يُعرض إلا هذه المرة.
calendar-address = عنوان التقويم
calendar-subscribe = اشترك على هذا الجهاز
calendar-howto-title = كيف تضيفه
calendar-howto-iphone = آيفون أو آيباد: الإعدادات ← التقويم ← الحسابات ← إضافة حساب ← آخر ← إضافة تقويم مشترك فيه، ثم الصق العنوان.
calendar-howto-android = أندرويد (تقويم Google): من حاسوب افتح calendar.google.com ← تقاويم أخرى ← + ← من عنوان URL والصق العنوان؛ سيظهر بعدها على هاتفك.
calendar-howto-other = ‏Outlook وThunderbird وبرامج أخرى: أضف تقويمًا «من الإنترنت» أو «على الشبكة» والصق العنوان.
calendar-action-create = أنشئ عنوان تقويمي
calendar-action-renew = أنشئ عنوانًا جديدًا (يتوقّف القديم عن العمل)
calendar-action-revoke = أوقف عنوان تقويمي
calendar-revoked = أُوقف عنوان تقويمك: لم يعد يعمل.

## واجهة البرمجة
deadlines-error-status = اذكر overdue أو near أو all.
