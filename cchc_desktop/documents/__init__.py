"""reportlab builders for the counter's papers: data in, PDF bytes out; fonts; barcode and QR
drawing.
"""
