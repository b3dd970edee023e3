# الأشخاص المكلفون بملف (issue 14).
duty-company_tutor = المؤطر في الشركة
duty-promoter_tutor = مؤطر الجهة المروّجة
duty-mediator = الوسيط الثقافي
duty-mentor = المرشد
case-people-title = الأشخاص
case-people-none = لا أحد حتى الآن
case-people-assign = تكليف
case-people-remove = إزالة
case-people-choose = اختر شخصًا
case-people-error-holder = لا يمكن لهذا الشخص أن يتولى هذه المهمة في هذا الملف.
case-people-back = العودة إلى الملف
case-people-open = المؤطرون والوسيط والمرشد
flash-case-people-assigned = تم تكليف الشخص.
flash-case-people-removed = تمت إزالة التكليف.
