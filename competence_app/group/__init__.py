"""The facilitator's group picture: share files, the anonymous summary, its documents.

Qt-free apart from the documents (report.py, document.py). docs/share-file.md
describes the share file. Nothing is imported here: the command line names
the `group-summary` command while the GUI starts, and that must stay quick.

    share.py     build_share, write_share, describe_share (one person's consent)
    loading.py   load_shares: read many files, never stop at a bad one
    summary.py   summarise: counts, medians, small-group suppression
    report.py    export_group_report (PDF/ODT/HTML), export_csv, export_sqlite
    command.py   `competence-app group-summary`
"""
