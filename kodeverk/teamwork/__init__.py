"""Team work: coder copies, merging copies back, disagreements between coders, and consensus.

* :func:`make_coder_copy` (``copy.py``): a coder's own copy of a project;
* :func:`merge_project` (``merge.py``): merge a copy back, with a report;
* :func:`list_disagreements`, :func:`resolve_disagreement`,
  :func:`undo_resolution`, :func:`consensus_progress` (``disagreements.py``
  and ``consensus.py``): find where two coders differ and settle it.
"""

from __future__ import annotations
