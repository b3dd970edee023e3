# Candidates' documents and the duplicates merge tool.

nav-duplicates = Duplicates
status-merged = Merged into another application

## Documents
documents-title = Documents
documents-none = No documents yet.
documents-hidden = { $count ->
    [one] One identity document is not shown to you.
   *[other] { $count } identity documents are not shown to you.
}
documents-mine-title = My documents
documents-mine-intro = Add your passport, diploma, CV and certificates here, one file at a time. Only you and the programme staff who handle your application can open them.
documents-add-title = Add a document
documents-before-submit = You can add your documents (passport, diploma, CV) now or after sending.
document-kind-passport = Passport
document-kind-diploma = Diploma
document-kind-cv = CV
document-kind-language-certificate = Language certificate
document-kind-residence-certificate = Residence certificate
document-kind-other = Other document
document-size-kb = { $kb } KB
document-expired = Expired
field-document-kind = Type of document
field-document-file = File
field-issued-on = Issued on
field-expires-on = Expires on
field-uploaded-on = Added on
hint-document-file = PDF, JPEG or PNG, up to { $mb } MB. A clear photo taken with a phone is fine.
action-upload-document = Add the document
action-delete-document = Delete
action-my-documents = My documents
action-back-to-application = Back to my application
error-document-kind = Choose the type of document.
error-document-no-file = Choose a file to send.
error-document-too-large = The file is too large: the limit is 10 MB. Send a smaller scan or photo.
error-document-type = This file is not a PDF, JPEG or PNG. Send the document in one of these formats.
error-document-expiry-before-issue = The expiry date must come after the issue date.
error-candidate-merged = This application was merged into another one and can no longer be changed.
event-document-added = Document added
event-document-deleted = Document deleted
event-merged-from = Another application of the same person was merged into this one
event-merged-into = Merged into another application of the same person
event-duplicate-dismissed = Marked as not the same person as another application

## Duplicates
duplicates-title = Possible duplicates
duplicates-intro = Pairs of applications that may belong to the same person. A flag never blocks an application: compare the two, then merge them or mark them as different people.
duplicates-none = No open duplicate flags.
duplicate-warning = This application may be a duplicate of another ({ $reasons }).
duplicate-reason-passport = same passport
duplicate-reason-email = same e-mail
duplicate-reason-phone = same phone or WhatsApp number
duplicate-reason-name-birth-date = same name and birth date
duplicate-record-a = First application
duplicate-record-b = Second application
duplicate-reasons = Why
duplicate-flagged-on = Flagged on
duplicate-compare-title = Compare two applications
duplicate-field = Field
duplicate-keep-record = Application to keep
duplicate-keep-this = Keep this one
duplicate-passport-on-file = Recorded
duplicate-merge-hint = Where the values differ, the kept application's value stays unless you choose the other one. The other application's documents and timeline move to the kept one; it stays in the records as merged and leaves the lists.
duplicate-status-open = Open
duplicate-status-dismissed = Not the same person
duplicate-status-merged = Merged
action-compare-duplicates = Compare
action-merge = Merge the two applications
action-not-same-person = Not the same person
action-back-to-duplicates = Back to the possible duplicates
error-duplicate-decided = This pair was already decided.
error-duplicate-keep = Choose which application to keep.
error-duplicate-placed = The record you would merge away has a placement: keep that record instead.
error-documents-quota = This application already holds as many documents as it may (20, 60 MB in all): delete one before adding another.
