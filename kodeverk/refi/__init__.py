"""REFI-QDA exchange: .qdpx projects and .qdc codebooks (QDA-XML 1.0), out and in.

* :mod:`kodeverk.refi.export` writes a project as a .qdpx (validated against
  ``resources/refi-qda/Project.xsd``);
* :mod:`kodeverk.refi.reader` reads a .qdpx leniently into plain data,
  tolerating what other tools get wrong;
* :mod:`kodeverk.refi.importer` takes that data into a new or an existing
  project in one transaction, merging like a coder copy;
* :mod:`kodeverk.refi.codes_xml` reads and writes code trees (shared with
  the codebook exchange in :mod:`kodeverk.codebook.exchange`).
"""
