# ESCO بلغة القارئ، والمهارات بكلمات المترشح (المسألة 12).
skills-hint-own-words = لم تجد مصطلحًا في ESCO؟ اكتب المهارة أو المهنة بكلماتك: ستُحفظ، وسيربطها فريق البرنامج بمفهوم من ESCO. { $items } على الأكثر بكلماتك، و{ $chars } حرف لكل منها على الأكثر.
skills-own-words-title = موصوفة بكلماتك
skills-free-title = موصوفة بكلمات المترشح
skills-kind-occupation = مهنة
skills-kind-skill = مهارة
skills-field-map = مفهوم ESCO
skills-action-map = ربط بـ ESCO
skills-mapped-to = مرتبطة بـ { $concept }
skills-map-question = ربط هذا الوصف بـ ESCO؟
skills-map-words = بكلمات المترشح: { $text }
skills-map-concept = مفهوم ESCO: { $concept }
skills-map-hint = يُضاف المفهوم إلى الترشح، وتبقى كلمات المترشح محفوظة بجانبه.
skills-error-free-too-long = أحد الأوصاف بكلماتك يتجاوز مئتي حرف: اختصره.
skills-error-free-too-many = عشر مهارات ومهن على الأكثر بكلماتك: اختر اقتراحات ESCO للبقية أو احذف بعضها.
skills-error-no-concept = اختر مفهومًا من اقتراحات ESCO.
skills-error-already-mapped = رُبط هذا الوصف بـ ESCO من قبل.
flash-free-skill-mapped = رُبط الوصف بـ ESCO.
task-map-free-skills = { $count ->
    [zero] لا ترشحات فيها مهارات بكلمات المترشح لربطها بـ ESCO
    [one] ترشح واحد فيه مهارات بكلمات المترشح لربطها بـ ESCO
    [two] ترشحان فيهما مهارات بكلمات المترشح لربطها بـ ESCO
    [few] { $count } ترشحات فيها مهارات بكلمات المترشح لربطها بـ ESCO
   *[other] { $count } ترشحًا فيها مهارات بكلمات المترشح لربطها بـ ESCO
}
