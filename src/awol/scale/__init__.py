"""Scale: the fast screen, streaming, parallel and Dask runs."""
