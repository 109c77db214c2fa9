"""Names Kodeverk writes into REFI-QDA files and recognises when reading them back."""

UNKNOWN_CODER = "Unknown coder"  # the coder of codings whose creatingUser names nobody
PHASE_MARK = "Kodeverk phase"    # a Set's description: this set is a phase
GROUP_MARK = "Kodeverk group"    # a Set's description: this set is a group
INTERVIEW_DATE = "interview date"  # a source variable (Date)
MINISTRY, ROLE, MANAGER = "ministry", "role", "manager"  # case variables for the informant's fields
MINISTRY_NAMES = {"ministry", "departement", "department"}
ROLE_NAMES = {"role", "rolle"}
MANAGER_NAMES = {"manager", "leder med personalansvar", "manager with personnel responsibility"}
