# أسماء يسهل الوصول إليها تبيّن إلى أي سطر ينتمي الحقل (issue 12).
layout-weight-of = وزن { $criterion }
layout-max-score-of = النقطة القصوى لـ { $criterion }
layout-reason-for = سبب القرار بشأن { $name }
