DROP INDEX case_steps_path;
