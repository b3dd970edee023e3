# Procedure templates: what is wrong in an imported file (shown with its line).
procedure-error-too-large = The file is too large for a procedure template.
procedure-error-syntax = This line cannot be read: { $subject }
procedure-error-version = The version must be 1 or more, not { $subject }.
procedure-error-duplicate-step = The step "{ $subject }" is defined twice.
procedure-error-unknown-document = "{ $subject }" is not a known document kind.
procedure-error-unknown-step = "{ $subject }" is not a step of this template.
procedure-error-no-roles = The transition from "{ $subject }" names no role that may make it.
procedure-error-unknown-role = "{ $subject }" is not a known role.
procedure-error-no-end = The template has no end step.
procedure-error-unreachable = The step "{ $subject }" cannot be reached from the start.
procedure-error-dead-end = No end can be reached from the step "{ $subject }".
case-error-transition = The procedure does not allow this step from where the case stands.
case-error-role = Your role may not make this step of the procedure.
case-error-incomplete = Something is missing before the case can move on: see the list of what the step needs.
