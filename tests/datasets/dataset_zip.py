"""Writing data-set zips for the tests and the bench: the exact header lines of ``notes/datasets.md`` and
Filing objects written the way the SEC writes them (``DD-MON-YYYY`` dates, numbers to the cent, ``F1, F2``
footnote lists, CSV-style quotes around a field holding ``"``, a tab or a line break)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from bot.domain.filing import Filing, TableRow

HEADERS = {
    "SUBMISSION": "ACCESSION_NUMBER FILING_DATE PERIOD_OF_REPORT DATE_OF_ORIG_SUB NO_SECURITIES_OWNED "
                  "NOT_SUBJECT_SEC16 FORM3_HOLDINGS_REPORTED FORM4_TRANS_REPORTED DOCUMENT_TYPE ISSUERCIK ISSUERNAME "
                  "ISSUERTRADINGSYMBOL REMARKS AFF10B5ONE",
    "REPORTINGOWNER": "ACCESSION_NUMBER RPTOWNERCIK RPTOWNERNAME RPTOWNER_RELATIONSHIP RPTOWNER_TITLE RPTOWNER_TXT "
                      "RPTOWNER_STREET1 RPTOWNER_STREET2 RPTOWNER_CITY RPTOWNER_STATE RPTOWNER_ZIPCODE "
                      "RPTOWNER_STATE_DESC FILE_NUMBER",
    "NONDERIV_TRANS": "ACCESSION_NUMBER NONDERIV_TRANS_SK SECURITY_TITLE SECURITY_TITLE_FN TRANS_DATE TRANS_DATE_FN "
                      "DEEMED_EXECUTION_DATE DEEMED_EXECUTION_DATE_FN TRANS_FORM_TYPE TRANS_CODE EQUITY_SWAP_INVOLVED "
                      "EQUITY_SWAP_TRANS_CD_FN TRANS_TIMELINESS TRANS_TIMELINESS_FN TRANS_SHARES TRANS_SHARES_FN "
                      "TRANS_PRICEPERSHARE TRANS_PRICEPERSHARE_FN TRANS_ACQUIRED_DISP_CD TRANS_ACQUIRED_DISP_CD_FN "
                      "SHRS_OWND_FOLWNG_TRANS SHRS_OWND_FOLWNG_TRANS_FN VALU_OWND_FOLWNG_TRANS "
                      "VALU_OWND_FOLWNG_TRANS_FN DIRECT_INDIRECT_OWNERSHIP DIRECT_INDIRECT_OWNERSHIP_FN "
                      "NATURE_OF_OWNERSHIP NATURE_OF_OWNERSHIP_FN",
    "NONDERIV_HOLDING": "ACCESSION_NUMBER NONDERIV_HOLDING_SK SECURITY_TITLE SECURITY_TITLE_FN TRANS_FORM_TYPE "
                        "TRANS_FORM_TYPE_FN SHRS_OWND_FOLWNG_TRANS SHRS_OWND_FOLWNG_TRANS_FN VALU_OWND_FOLWNG_TRANS "
                        "VALU_OWND_FOLWNG_TRANS_FN DIRECT_INDIRECT_OWNERSHIP DIRECT_INDIRECT_OWNERSHIP_FN "
                        "NATURE_OF_OWNERSHIP NATURE_OF_OWNERSHIP_FN",
    "DERIV_TRANS": "ACCESSION_NUMBER DERIV_TRANS_SK SECURITY_TITLE SECURITY_TITLE_FN CONV_EXERCISE_PRICE "
                   "CONV_EXERCISE_PRICE_FN TRANS_DATE TRANS_DATE_FN DEEMED_EXECUTION_DATE DEEMED_EXECUTION_DATE_FN "
                   "TRANS_FORM_TYPE TRANS_CODE EQUITY_SWAP_INVOLVED EQUITY_SWAP_TRANS_CD_FN TRANS_TIMELINESS "
                   "TRANS_TIMELINESS_FN TRANS_SHARES TRANS_SHARES_FN TRANS_TOTAL_VALUE TRANS_TOTAL_VALUE_FN "
                   "TRANS_PRICEPERSHARE TRANS_PRICEPERSHARE_FN TRANS_ACQUIRED_DISP_CD TRANS_ACQUIRED_DISP_CD_FN "
                   "EXCERCISE_DATE EXCERCISE_DATE_FN EXPIRATION_DATE EXPIRATION_DATE_FN UNDLYNG_SEC_TITLE "
                   "UNDLYNG_SEC_TITLE_FN UNDLYNG_SEC_SHARES UNDLYNG_SEC_SHARES_FN UNDLYNG_SEC_VALUE "
                   "UNDLYNG_SEC_VALUE_FN SHRS_OWND_FOLWNG_TRANS SHRS_OWND_FOLWNG_TRANS_FN VALU_OWND_FOLWNG_TRANS "
                   "VALU_OWND_FOLWNG_TRANS_FN DIRECT_INDIRECT_OWNERSHIP DIRECT_INDIRECT_OWNERSHIP_FN "
                   "NATURE_OF_OWNERSHIP NATURE_OF_OWNERSHIP_FN",
    "DERIV_HOLDING": "ACCESSION_NUMBER DERIV_HOLDING_SK SECURITY_TITLE SECURITY_TITLE_FN CONV_EXERCISE_PRICE "
                     "CONV_EXERCISE_PRICE_FN TRANS_FORM_TYPE TRANS_FORM_TYPE_FN EXERCISE_DATE EXERCISE_DATE_FN "
                     "EXPIRATION_DATE EXPIRATION_DATE_FN UNDLYNG_SEC_TITLE UNDLYNG_SEC_TITLE_FN UNDLYNG_SEC_SHARES "
                     "UNDLYNG_SEC_SHARES_FN UNDLYNG_SEC_VALUE UNDLYNG_SEC_VALUE_FN SHRS_OWND_FOLWNG_TRANS "
                     "SHRS_OWND_FOLWNG_TRANS_FN VALU_OWND_FOLWNG_TRANS VALU_OWND_FOLWNG_TRANS_FN "
                     "DIRECT_INDIRECT_OWNERSHIP DIRECT_INDIRECT_OWNERSHIP_FN NATURE_OF_OWNERSHIP "
                     "NATURE_OF_OWNERSHIP_FN",
    "FOOTNOTES": "ACCESSION_NUMBER FOOTNOTE_ID FOOTNOTE_TXT",
    "OWNER_SIGNATURE": "ACCESSION_NUMBER OWNERSIGNATURENAME OWNERSIGNATUREDATE",
}
COLUMNS = {table: header.split() for table, header in HEADERS.items()}
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

# TableRow field → the data-set column holding it, and the footnote column of that field.
ROW_COLUMN = {
    "security_title": "SECURITY_TITLE", "transaction_date": "TRANS_DATE",
    "deemed_execution_date": "DEEMED_EXECUTION_DATE", "transaction_form_type": "TRANS_FORM_TYPE",
    "transaction_code": "TRANS_CODE", "equity_swap_involved": "EQUITY_SWAP_INVOLVED",
    "transaction_timeliness": "TRANS_TIMELINESS", "shares": "TRANS_SHARES", "total_value": "TRANS_TOTAL_VALUE",
    "price_per_share": "TRANS_PRICEPERSHARE", "acquired_disposed": "TRANS_ACQUIRED_DISP_CD",
    "conversion_or_exercise_price": "CONV_EXERCISE_PRICE", "exercise_date": "EXERCISE_DATE",
    "expiration_date": "EXPIRATION_DATE", "underlying_security_title": "UNDLYNG_SEC_TITLE",
    "underlying_shares": "UNDLYNG_SEC_SHARES", "underlying_value": "UNDLYNG_SEC_VALUE",
    "shares_owned_following": "SHRS_OWND_FOLWNG_TRANS", "value_owned_following": "VALU_OWND_FOLWNG_TRANS",
    "direct_indirect": "DIRECT_INDIRECT_OWNERSHIP", "nature_of_ownership": "NATURE_OF_OWNERSHIP",
}
ROW_FILES = {"non_derivative_transaction": "NONDERIV_TRANS", "non_derivative_holding": "NONDERIV_HOLDING",
             "derivative_transaction": "DERIV_TRANS", "derivative_holding": "DERIV_HOLDING"}


def sec_date(iso: str | None) -> str:
    if not iso:
        return ""
    year, month, day = iso[:10].split("-")
    return f"{day}-{MONTHS[int(month) - 1]}-{year}"


def sec_value(value) -> str:
    """A value as the SEC writes it: text as is (quoted when it must be), numbers to the cent, flags 0/1."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(round(value, 2))
    text = str(value)
    if any(c in text for c in '"\t\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def tsv_line(table: str, values: Mapping[str, str | None]) -> str:
    """One record of ``table`` from already written values by column name; a column not given is empty."""
    return "\t".join(values.get(c) or "" for c in COLUMNS[table])


def _row_values(filing: Filing, row: TableRow, key: int) -> dict[str, str]:
    table = ROW_FILES[row.table]
    out = {"ACCESSION_NUMBER": filing.accession_number, f"{table}_SK": str(key)}
    for field, column in ROW_COLUMN.items():
        if column == "EXERCISE_DATE" and table == "DERIV_TRANS":
            column = "EXCERCISE_DATE"
        value = getattr(row, field)
        out[column] = sec_date(value) if field.endswith("_date") else sec_value(value)
        notes = row.footnote_ids.get(field)
        if notes:
            fn_column = "EQUITY_SWAP_TRANS_CD_FN" if field == "transaction_code" else f"{column}_FN"
            if field == "transaction_code" and table.endswith("HOLDING"):
                fn_column = "TRANS_FORM_TYPE_FN"
            out[fn_column] = ", ".join(notes)
    return out


def filing_lines(filing: Filing, first_key: int = 1000) -> dict[str, list[str]]:
    """The records of one filing in each table."""
    acc = filing.accession_number
    out: dict[str, list[str]] = {table: [] for table in HEADERS}
    out["SUBMISSION"].append(tsv_line("SUBMISSION", {
        "ACCESSION_NUMBER": acc, "FILING_DATE": sec_date(filing.filed_at),
        "PERIOD_OF_REPORT": sec_date(filing.period_of_report),
        "DATE_OF_ORIG_SUB": sec_date(filing.date_of_original_submission),
        "NO_SECURITIES_OWNED": sec_value(filing.no_securities_owned),
        "NOT_SUBJECT_SEC16": sec_value(filing.not_subject_to_section16),
        "FORM3_HOLDINGS_REPORTED": sec_value(filing.form3_holdings_reported),
        "FORM4_TRANS_REPORTED": sec_value(filing.form4_transactions_reported),
        "DOCUMENT_TYPE": filing.document_type, "ISSUERCIK": filing.issuer.cik,
        "ISSUERNAME": sec_value(filing.issuer.name), "ISSUERTRADINGSYMBOL": sec_value(filing.issuer.trading_symbol),
        "REMARKS": sec_value(filing.remarks), "AFF10B5ONE": sec_value(filing.aff10b5one),
    }))
    for o in filing.reporting_owners:
        roles = ",".join(word for word, on in (("Director", o.is_director), ("Officer", o.is_officer),
                                               ("TenPercentOwner", o.is_ten_percent_owner),
                                               ("Other", o.is_other)) if on)
        out["REPORTINGOWNER"].append(tsv_line("REPORTINGOWNER", {
            "ACCESSION_NUMBER": acc, "RPTOWNERCIK": o.cik, "RPTOWNERNAME": sec_value(o.name),
            "RPTOWNER_RELATIONSHIP": roles, "RPTOWNER_TITLE": sec_value(o.officer_title),
            "RPTOWNER_TXT": sec_value(o.other_text), "RPTOWNER_STREET1": sec_value(o.street1),
            "RPTOWNER_STREET2": sec_value(o.street2), "RPTOWNER_CITY": sec_value(o.city),
            "RPTOWNER_STATE": sec_value(o.state), "RPTOWNER_ZIPCODE": sec_value(o.zip_code),
            "RPTOWNER_STATE_DESC": sec_value(o.state_description),
        }))
    key = first_key
    for row in filing.rows:
        key += 1
        out[ROW_FILES[row.table]].append(tsv_line(ROW_FILES[row.table], _row_values(filing, row, key)))
    for fid, text in filing.footnotes.items():
        out["FOOTNOTES"].append(tsv_line("FOOTNOTES", {"ACCESSION_NUMBER": acc, "FOOTNOTE_ID": fid,
                                                       "FOOTNOTE_TXT": sec_value(text)}))
    for s in filing.signatures:
        out["OWNER_SIGNATURE"].append(tsv_line("OWNER_SIGNATURE", {
            "ACCESSION_NUMBER": acc, "OWNERSIGNATURENAME": sec_value(s.name),
            "OWNERSIGNATUREDATE": sec_date(s.date)}))
    return out


def write_zip(path: Path, tables: Mapping[str, Sequence[str]], *, headers: Mapping[str, str] | None = None,
              leave_out: Iterable[str] = ()) -> Path:
    """A data-set zip of ``tables`` (table → records, without the header line)."""
    headers = {table: "\t".join(h.split()) for table, h in (headers or HEADERS).items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in HEADERS:
            if table in leave_out:
                continue
            lines = [headers[table], *tables.get(table, ())]
            archive.writestr(f"{table}.tsv", "\n".join(lines) + "\n")
    return path


def write_filings(path: Path, filings: Iterable[Filing], **options) -> Path:
    tables: dict[str, list[str]] = {table: [] for table in HEADERS}
    for n, filing in enumerate(filings):
        for table, lines in filing_lines(filing, first_key=1000 * (n + 1)).items():
            tables[table].extend(lines)
    return write_zip(path, tables, **options)
