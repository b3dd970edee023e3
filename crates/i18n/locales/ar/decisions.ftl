# قرارات الانتقاء: يُعِدّها الفريق، وتنشرها جهة التنسيق للدعوة كاملة، ولا يُلغيها إلا
# المنسق مع ذكر السبب (issue 11).

decisions-error-not-stageable = لا يمكن إعداد هذا القرار لهذا الترشح: لا يُبتّ إلا في ترشح مؤهَّل أو مدرج في قائمة الانتظار؛ والقرار المنشور لا يُلغيه إلا المنسق.
decisions-error-stage-instead = يُعَدّ قرار الانتقاء أولًا ثم يُنشر مع سائر قرارات الدعوة: استعمل استمارة القرار.
decisions-error-nothing-staged = لا توجد قرارات مُعَدّة للنشر في هذه الدعوة (ربما نُشرت للتو).
decisions-error-not-decided = ليس لهذا الترشح قرار منشور يمكن إلغاؤه.

decisions-screening-title = الفحص
decisions-published = القرار المنشور
decisions-staged = القرار المُعَدّ
decisions-staged-now = مُعَدّ: { $decision }
decisions-staged-hint = لا يرى المترشح شيئًا من القرار المُعَدّ حتى ينشر المنسق قرارات الدعوة؛ ويمكن تغييره إلى ذلك الحين.
decisions-field-decision = القرار المراد إعداده
decisions-reason-hint = مطلوب عند عدم القبول؛ يقرؤه المترشح بعد نشر القرار.
decisions-action-stage = إعداد القرار
decisions-action-withdraw = سحب القرار المُعَدّ
decisions-action-reverse = إلغاء القرار المنشور
decisions-filter-any = أي قرار مُعَدّ
decisions-staged-on-call = { $count ->
    [zero] لا توجد قرارات مُعَدّة
    [one] قرار مُعَدّ واحد: معاينة ونشر
    [two] قراران مُعَدّان: معاينة ونشر
    [few] { $count } قرارات مُعَدّة: معاينة ونشر
   *[other] { $count } قرارًا مُعَدًّا: معاينة ونشر
}

decisions-title = قرارات للنشر: { $call }
decisions-intro = يغيّر النشر ما يراه كل مترشح أدناه ويضع رسالته في قائمة الإرسال، دفعة واحدة.
decisions-none-staged = لا يوجد قرار مُعَدّ في هذه الدعوة.
decisions-to-ranking = الترتيب
decisions-count-shortlisted = { $count ->
    [zero] لا أحد مُنتقى
    [one] مُنتقى واحد
    [two] مُنتقيان اثنان
    [few] { $count } مُنتقين
   *[other] { $count } مُنتقًى
}
decisions-count-waiting-list = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] واحد في قائمة الانتظار
    [two] اثنان في قائمة الانتظار
   *[other] { $count } في قائمة الانتظار
}
decisions-count-rejected = { $count ->
    [zero] لا أحد غير مقبول
    [one] واحد غير مقبول
    [two] اثنان غير مقبولين
   *[other] { $count } غير مقبولين
}
decisions-count-messages = { $count ->
    [zero] لن تُوضع أي رسالة في قائمة الإرسال
    [one] ستُوضع رسالة واحدة في قائمة الإرسال
    [two] ستُوضع رسالتان في قائمة الإرسال
    [few] ستُوضع { $count } رسائل في قائمة الإرسال
   *[other] ستُوضع { $count } رسالة في قائمة الإرسال
}
decisions-warning-over-places = تنبيه: سيُنتقى { $shortlist } مترشحًا لـ { $places } مكانًا.
decisions-warning-call-open = تنبيه: الدعوة ما زالت مفتوحة؛ سيُبتّ في الترشحات المرسلة لاحقًا في دورة لاحقة.
decisions-action-publish = نشر القرارات
decisions-publish-question = نشر القرارات الخاصة بـ { $call }؟
decisions-publish-hint = لا تُغيَّر القرارات المنشورة هنا؛ ولا يُلغي أحدها إلا المنسق، مع ذكر السبب.

decisions-reverse-question = إلغاء القرار المنشور؟
decisions-reverse-hint = يعود الترشح بلا قرار ويُبلَّغ المترشح بذلك مع السبب. ثم يُعَدّ قرار جديد ويُنشر كالمعتاد.
decisions-reverse-reason = سبب الإلغاء (يقرؤه المترشح)

flash-decision-staged = أُعِدّ القرار. سيراه المترشح بعد نشره.
flash-decision-withdrawn = سُحب القرار المُعَدّ.
flash-decisions-published = { $count ->
    [zero] لم يُنشر أي قرار.
    [one] نُشر قرار واحد؛ ورسالته في قائمة الإرسال.
    [two] نُشر قراران؛ ورسالتاهما في قائمة الإرسال.
    [few] نُشرت { $count } قرارات؛ ورسائلها في قائمة الإرسال.
   *[other] نُشر { $count } قرارًا؛ ورسائلها في قائمة الإرسال.
}
flash-decision-reversed = أُلغي القرار ورسالة المترشح في قائمة الإرسال.

event-decision-staged = قرار مُعَدّ: { $status }
event-decision-withdrawn = سُحب القرار المُعَدّ
event-decision-reversed = أُلغي القرار: { $status }

task-publish-decisions = { $count ->
    [zero] لا توجد قرارات مُعَدّة للنشر في { $about }
    [one] قرار مُعَدّ واحد للنشر في { $about }
    [two] قراران مُعَدّان للنشر في { $about }
    [few] { $count } قرارات مُعَدّة للنشر في { $about }
   *[other] { $count } قرارًا مُعَدًّا للنشر في { $about }
}

mail-reversal-subject = ترشحك: { $call } — أُلغي القرار
mail-reversal-body = أُلغي القرار الخاص بترشحك لـ { $call } ({ $decision }).
mail-reversal-next = يُعاد النظر في ترشحك؛ وسنكتب إليك بالقرار الجديد.
