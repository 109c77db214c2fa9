"""Interview guides: reading them, the shipped templates, matching interviewer turns to questions, structural coding."""
