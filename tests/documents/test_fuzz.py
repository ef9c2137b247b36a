"""Any text the counter may type (long words, markup characters, NFD, odd spacing) builds
a receipt whose words all stay inside the A5 page."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cchc_desktop.documents import Person, build_receipt
from cchc_desktop.documents.samples import sample_office, sample_receipt

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợ" \
          "úùủũụứừửữựýỳỷỹỵAĂÂĐÊÔƠƯ0123456789"
text = st.text(alphabet=LETTERS + " <>&;,./-()'\"", min_size=1, max_size=160)


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=text, address=text, unit=text, nfd=st.booleans())
@example(name="Nguyễn" * 30, address="Bản" * 50, unit="UBND " + "Ư" * 70, nfd=False)
def test_any_text_stays_inside_the_page(tmp_path, name, address, unit, nfd):
    if nfd:
        name = unicodedata.normalize("NFD", name)
    data = sample_receipt(applicant=Person(full_name=name, address=address),
                          office=sample_office(unit=unit))
    pdf = build_receipt(data)
    path = tmp_path / "fuzz.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', out)]
    assert right_edges and max(right_edges) <= 419.53 - 10 * 72 / 25.4 + 1.0
    # Words may be cut across lines: compare without any white space.
    flat = html.unescape("".join(re.sub(r"<[^>]+>", " ", out).split()))
    expected = unicodedata.normalize("NFC", name).split()
    if expected:  # the first word of the name is printed (maybe split across lines)
        assert expected[0][:3] in flat
