"""Reading PDFs in child processes under limits (time, memory, content), so that a hostile
file costs a bounded amount of work and never the caller's process."""
