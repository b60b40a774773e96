"""The edge of the pipeline that users call: where editions come from (the library folders,
the catalog, ``fetch``), the parsed-model cache, and the library functions behind every
command (``load``, ``check``, ``timeline``).  Submodules are imported on use."""
