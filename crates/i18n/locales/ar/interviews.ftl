# Issue 11, item 3: صفحة العرض للشركة (ملف مجهول الهوية، شرح المطابقة)، مواعيد المقابلة،
# اختيار المترشح، الرفض وإلغاؤه، المناطق الزمنية.

## الرفض
error-interview-picked = حجز المترشح أحد مواعيد المقابلة من قبل.
error-placement-declined = رُفض هذا العرض: لا يمكن القيام بأي شيء آخر عليه.
error-placement-not-declined = لا يُلغى الرفض إلا لعرض مرفوض.
error-interview-needs-slots = لتحديد مقابلة، اقترح مواعيد.
error-reason-too-long = السبب طويل جدًا (2000 حرف على الأكثر).
error-time-zone = اختر منطقة زمنية من القائمة.
error-time-skipped = هذه الساعة غير موجودة في ذلك اليوم لأن الساعات تُقدَّم. اختر ساعة أخرى.
error-slots-none = اقترح موعدًا واحدًا على الأقل للمقابلة.
error-slots-too-many = اقترح خمسة مواعيد للمقابلة على الأكثر.
error-slot-date = أدخل التاريخ بصيغة YYYY-MM-DD.
error-slot-time = أدخل الساعة بصيغة HH:MM (24 ساعة).
error-slot-minutes = المدة بين 15 و480 دقيقة.
error-slot-place = اذكر المكان أو رابط مكالمة الفيديو (500 حرف على الأكثر).
error-slot-past = هذا الموعد قد مضى.
error-slot-far = هذا الموعد بعد أكثر من سنة.
error-slot-overlap = هذا الموعد يتداخل مع موعد آخر من المواعيد المقترحة.

## صفحة العرض
proposal-title = عرض: { $position }
proposal-open = افتح العرض
proposal-candidate = المترشح { $handle }
proposal-anonymous = لا يظهر الاسم ولا وسائل الاتصال ولا الوثائق: احكم على الملف. يظهر الاسم بعد أن يحجز المترشح موعد المقابلة.
proposal-country = بلد الإقامة
proposal-studies = الدراسة
proposal-graduated = سنة الحصول على الشهادة
proposal-languages-skills = الفهم { $understanding }، التحدث { $speaking }، الكتابة { $writing }
proposal-esco = المهن والمهارات (ESCO)
proposal-esco-occupations = المهن
proposal-esco-skills = المهارات
proposal-esco-english = تظهر تسميات ESCO بالإنجليزية عندما لا تكون هناك ترجمة محمّلة.
proposal-not-stated = غير مذكور
proposal-match = لماذا اقتُرح هذا المترشح
proposal-match-summary = النتيجة { $score }: الخيار { $rank } من { $count } لهذا المترشح.
proposal-match-points = { $points } من { $max }
proposal-match-manual = قُدّم هذا العرض يدويًا، لا عن طريق مطابقة آلية.
proposal-status = الحالة
proposal-decline-reason = سبب الرفض
proposal-reversed = ألغى { $name } الرفض بتاريخ { $date }: { $reason }

## مواعيد المقابلة (الشركة)
interview-section = المقابلة
interview-offer-title = اقترح مواعيد للمقابلة
interview-offer-hint = اقترح من موعد واحد إلى خمسة مواعيد. الأوقات حسب منطقتك الزمنية: { $zone }.
interview-slot-legend = الموعد { $n }
field-slot-date = التاريخ
field-slot-time = ساعة البدء
field-slot-minutes = المدة (بالدقائق)
field-slot-place = المكان أو رابط مكالمة الفيديو
interview-offer-submit = أرسل المواعيد إلى المترشح
interview-offered = المواعيد المقترحة، في انتظار اختيار المترشح:
interview-slot-line = { $when }، { $minutes } دقيقة — { $place }
interview-booked = حُجزت المقابلة: { $when }، { $minutes } دقيقة — { $place }
flash-interview-offered = { $count ->
    [one] أُرسل موعد مقابلة واحد إلى المترشح.
   *[other] أُرسلت { $count } مواعيد مقابلة إلى المترشح.
}
flash-placement-accepted = قُبل العرض.

## الرفض وإلغاؤه
decline-action = ارفض…
decline-title = ارفض هذا العرض
decline-warning = الرفض نهائي بالنسبة لشركتك: لا يستطيع إلغاءه إلا منسق البرنامج، ولن يُقترح هذا المترشح لهذا المنصب مرة أخرى.
decline-reason = لماذا ترفض؟ سيقرأ المنسق السبب.
decline-confirm = ارفض العرض
flash-placement-declined = رُفض العرض.
reverse-action = ألغِ الرفض…
reverse-title = إلغاء رفض الشركة
reverse-warning = يعود العرض إلى الشركة بصفته مقترحًا، ويمكن مطابقة الثنائي من جديد. يُسجَّل سببك ويظهر على التوظيف.
reverse-reason = سبب الإلغاء
reverse-confirm = ألغِ الرفض
flash-decline-reversed = أُلغي الرفض: العرض مفتوح من جديد.

## مواعيد المقابلة (المترشح)
interview-choose = تقترح { $company } هذه المواعيد لمقابلة من أجل منصب { $position }. اختر واحدًا منها. الأوقات حسب منطقتك الزمنية ({ $zone }).
interview-pick = اختر هذا الموعد
flash-interview-picked = حُجزت المقابلة. تتلقى أنت والشركة الدعوة عبر البريد الإلكتروني.
interview-yours = مقابلتك لمنصب { $position } لدى { $company }: { $when }، { $minutes } دقيقة — { $place }

## المنطقة الزمنية (الحساب)
account-time-zone = المنطقة الزمنية
account-time-zone-hint = تظهر تواريخ المقابلات وأوقاتها حسب هذه المنطقة.
account-time-zone-auto = تلقائي: { $zone } (حسب بلدك)
account-time-zone-save = احفظ المنطقة الزمنية
flash-time-zone-saved = حُفظت المنطقة الزمنية.

outbox-calendar = مع دعوة للتقويم

## رسائل البريد الإلكتروني
mail-interview-slots-subject = مواعيد مقترحة للمقابلة: { $position }
mail-interview-slots-body = تقترح { $company } { $count ->
    [one] موعدًا واحدًا
   *[other] { $count } مواعيد
} لمقابلة من أجل منصب { $position }. اختر واحدًا منها في صفحة طلبك.
mail-interview-subject = مقابلة: { $position }، { $when }
mail-interview-candidate-body = حُجزت مقابلتك لمنصب { $position } لدى { $company }: { $when }، { $minutes } دقيقة. المكان: { $place }
mail-interview-company-body = حُجزت المقابلة مع { $other } لمنصب { $position }: { $when }، { $minutes } دقيقة. المكان: { $place }
mail-interview-calendar-note = الدعوة المرفقة تضيف المقابلة إلى تقويمك.
interview-calendar-summary = مقابلة: { $position }

## المهام (صندوق المهام والملخص اليومي)
task-answer-proposals = { $count ->
    [one] عرض واحد ينتظر ردك: اقترح مواعيد للمقابلة أو ارفض
   *[other] { $count } عروض تنتظر ردك: اقترح مواعيد للمقابلة أو ارفض
}
task-pick-interview-slot = { $count ->
    [one] اختر موعدًا لمقابلتك
   *[other] اختر مواعيد مقابلاتك الـ{ $count }
}
