# نماذج الإجراءات: ما الخطأ في ملف مستورد (مع رقم سطره).
procedure-error-too-large = الملف أكبر من أن يكون نموذج إجراء.
procedure-error-syntax = لا يمكن قراءة هذا السطر: { $subject }
procedure-error-version = يجب أن يكون الإصدار 1 أو أكثر، لا { $subject }.
procedure-error-duplicate-step = المرحلة «{ $subject }» معرّفة مرتين.
procedure-error-unknown-document = «{ $subject }» ليس نوع وثيقة معروفًا.
procedure-error-unknown-step = «{ $subject }» ليست مرحلة في هذا النموذج.
procedure-error-no-roles = الانتقال من «{ $subject }» لا يذكر أي دور يحق له القيام به.
procedure-error-unknown-role = «{ $subject }» ليس دورًا معروفًا.
procedure-error-no-end = لا توجد في النموذج مرحلة نهائية.
procedure-error-unreachable = لا يمكن الوصول إلى المرحلة «{ $subject }» من البداية.
procedure-error-dead-end = لا يمكن الوصول إلى أي نهاية من المرحلة «{ $subject }».
case-error-transition = لا يسمح الإجراء بهذا الانتقال من المرحلة التي يوجد فيها الملف.
case-error-role = لا يسمح دورك بالقيام بهذا الانتقال في الإجراء.
case-error-incomplete = ينقص شيء ما قبل أن يتقدم الملف: راجع قائمة ما تحتاجه المرحلة.
