"""The example notebook runs from top to bottom and shows what it says it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import needs

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "factsift_tour.ipynb"


def test_example_notebook_runs() -> None:
    pytest.importorskip("nbclient", reason="nbclient is not installed (python/requirements-dev.txt)")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed (python/requirements-dev.txt)")
    needs("pandas", "pandas")
    needs("pyarrow", "arrow")
    import nbclient
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    # The document's own view, then the pandas tables.
    assert 'class="factsift-document"' in html[0] and "Aigerim Bekova" in html[0]
    assert any("kz-rail" in h and "45000000000" in h for h in html[1:])
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "Decimal('1200000000'), 'USD', 'approximately'" in text
    assert "USD    41300000000" in text  # $300 million + $41 billion, summed exactly
