# Pre-departure courses (issue 14): courses, sessions, attendance, tests, the completion
# rule, certificates and their public verification, readiness on the case page.

nav-courses = Courses
nav-my-courses = My courses
courses-title = Pre-departure courses
courses-none = No course yet.
courses-back = Back to the courses
course-new-title = New course
course-create = Create the course
course-choose = Choose…
course-field-title = Title
course-field-subject = Subject
course-field-organisation = Run by
course-field-programme = Programme
course-field-runner = Programme and organisation running it
course-field-sessions = Sessions
course-field-enrolled = Participants
course-field-participant = Participant
course-field-level = Level reached
course-field-standing = Standing
course-field-date = Date
course-field-time = Start time
course-field-topic = Topic
course-field-place = Place or online room
course-field-taken-on = Test date
course-field-min-attendance = Attendance to reach, in % of all planned sessions
course-field-min-level = Italian level to reach
course-field-weight-late = A late arrival counts (% of a session)
course-field-weight-justified = A justified absence counts (% of a session)
course-subject-italian = Italian language
course-subject-civic = Civic education
course-subject-safety = Workplace safety
course-subject-rights = Rights and duties
course-mark-present = Present
course-mark-late = Late
course-mark-justified = Justified absence
course-mark-absent = Absent
course-mark-none = Not marked
course-online = Online
course-rule-title = Completion rule
course-rule-intro = When a participant has completed the programme's pre-departure courses: the attendance over all planned sessions of each course and, for Italian, the level a test recorded. A case may move to "ready to depart" only then.
course-rule-attendance = attendance at least { $percent } %
course-rule-level = Italian { $level }
course-rule-late = late counts { $percent } %
course-rule-justified = justified absence counts { $percent } %
course-rule-default = the default rule: the programme has not set its own
course-rule-edit = Change the rule
course-rule-save = Save the rule
course-level-none = No level asked
course-participants-title = Participants
course-participants-none = Nobody is enrolled yet.
course-rate-so-far = Attendance so far
course-rate-planned = Of all planned sessions
course-warning-out-of-reach = Can no longer reach the attendance threshold
course-complete = Completed
course-certificate = Certificate
course-certificate-issue = Issue the certificate
course-enrol = Enrol
course-enrol-case = Case reference (MC-…)
course-test-title = Record a test
course-test-record = Record the test
course-sessions-title = Sessions
course-sessions-none = No session planned yet.
course-session-new = New session
course-session-add = Add the session
course-session-unmarked = attendance not taken yet
course-attendance-title = Attendance
course-attendance-save = Save the attendance
course-error-subject = Choose one of the subjects.
course-error-runner = Choose an organisation of the programme that you may run courses for.
course-error-time = Write a time as HH:MM.
course-error-too-many-sessions = This course has as many sessions as a course may have.
course-error-case = No case of this programme has this reference.
course-error-enrolled = This participant is already enrolled in this course.
course-error-enrolment = Someone marked is not enrolled in this course.
course-error-mark = Choose present, late, justified absence or absent.
course-error-not-held = This session has not been held yet.
course-error-future = A test date cannot be in the future.
course-error-percent = Write a whole number from 0 to 100.
course-error-incomplete = The participant has not completed the course as the rule asks: no certificate yet.
course-error-certified = This participant already has their certificate.
case-error-courses = The participant has not completed the pre-departure courses the programme's rule asks for.
case-readiness-title = Pre-departure courses
case-readiness-ready = Courses completed as the rule asks.
case-readiness-not-ready = Courses not completed yet: the case cannot move to "ready to depart".
flash-course-created = The course was created.
flash-course-session-added = The session was added.
flash-course-enrolled = The participant was enrolled.
flash-course-attendance-saved = The attendance was saved.
flash-course-test-recorded = The test was recorded.
flash-course-certificate-issued = The certificate was issued.
flash-course-rule-saved = The completion rule was saved.
task-course-attendance = { $count ->
    [one] Take the attendance of a session held ({ $about })
   *[other] Take the attendance of { $count } sessions held ({ $about })
}
task-course-warning = { $count ->
    [one] A participant can no longer reach the attendance threshold ({ $about })
   *[other] { $count } participants can no longer reach the attendance threshold ({ $about })
}
my-courses-title = My courses
my-courses-none = You are not enrolled in any course.
my-courses-complete = Completed: your certificate will be issued by the course staff.
my-courses-download = Download the certificate in:
certificate-title = Certificate of completion
certificate-intro = This certifies that the person named below has completed the pre-departure course.
certificate-name = Name
certificate-course = Course
certificate-subject = Subject
certificate-organisation = Run by
certificate-attendance = Attendance
certificate-level = Italian level reached
certificate-issued = Issued on
certificate-code = Verification code
certificate-verify = Anyone may check this certificate on the Mentor verification page with the code { $code }.
certificate-footer = Certificate of completion — page {"{"}page{"}"} of {"{"}pages{"}"}
verify-title = Check a certificate
verify-intro = Type the code printed on a certificate. The answer shows only the name, the course and the date.
verify-code = Verification code
verify-check = Check
verify-found = This certificate is genuine.
verify-unknown = No certificate has this code. Check that it is typed as printed.
verify-wait = { $seconds ->
    [one] Too many codes were checked from here: try again in one second.
   *[other] Too many codes were checked from here: try again in { $seconds } seconds.
}
