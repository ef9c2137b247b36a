"""Statistics (Biểu 06, QĐ 766 indicators) and their XLSX/PDF export."""
