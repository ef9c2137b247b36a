"""TLS: certificates are verified; a province's own CA is configured, never bypassed."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from support.faultproxy import ServerProcess

from cchc_desktop.sync.transport import RetryPolicy, SyncRequestError, SyncTransport


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca_and_server_cert(folder):
    """A provincial CA and a certificate for 127.0.0.1 signed by it."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("CA Tỉnh thử nghiệm"))
          .issuer_name(_name("CA Tỉnh thử nghiệm")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("dongbo.test"))
            .issuer_name(ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = {name: folder / f"{name}.pem" for name in ("ca", "cert", "key")}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return paths


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    paths = make_ca_and_server_cert(folder)
    proc = ServerProcess(f"sqlite:///{folder / 'tls.sqlite3'}",
                         tls=(str(paths["cert"]), str(paths["key"]))).start()
    yield proc, paths
    proc.stop()


def test_an_unknown_certificate_is_refused_at_once_in_vietnamese(tls_server):
    proc, _ = tls_server
    sleeps: list[float] = []
    t = SyncTransport(proc.url, retry=RetryPolicy(attempts=5), sleep=sleeps.append)
    with pytest.raises(SyncRequestError) as err:
        t.health()
    assert err.value.code == "sync.tls" and "chứng chỉ" in err.value.message.lower()
    assert sleeps == []  # not retried: a bad certificate is not a bad link


def test_the_provinces_ca_bundle_makes_it_work(tls_server):
    proc, paths = tls_server
    assert proc.url.startswith("https://")
    t = SyncTransport(proc.url, ca_bundle=str(paths["ca"]))
    assert t.health()["status"] == "ok"
