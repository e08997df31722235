package cli

// usageLine sums up every command, after a mistake in the command line.
const usageLine = "usage: casefile [FILE.casefile] | import CASE.json|FILE.ftm -o FILE.casefile [--force] | merge FILE.casefile OTHER.json|OTHER.ftm [--dry-run] | export FILE.casefile --json|--pdf|--ftm|--timelinejs|--csv OUT | add-source FILE.casefile SOURCE [--title TEXT] [--password TEXT] [--attachments] | check FILE.casefile | --help | --version"

// helpText is what --help prints.
const helpText = `Casefile: a case file for policy analysts.

Usage:
  casefile                      open the window (the last case, or the demo case)
  casefile FILE.casefile        open a case in the window

  casefile import CASE.json -o FILE.casefile [--force]
        Import a Casefile JSON v1 document (CASE.json, or - for standard
        input) into a new case file. All or nothing: every problem is listed
        with its place in the document and no file is written. Warnings
        (unknown keys, quotes not found in their source) go to standard
        error. An existing FILE.casefile is replaced only with --force.

  casefile import FILE.ftm -o FILE.casefile [--force]
        Import FollowTheMoney entities (one JSON object a line, as Aleph and
        the ftm tools export them; told apart by the name .ftm, .ftm.json,
        .jsonl or .ndjson, or by the first line). What Casefile does not use
        is counted by schema on standard error.

  casefile merge FILE.casefile OTHER.json|OTHER.ftm [--dry-run]
        Import a colleague's copy into the case: print what it adds, what it
        changes (field by field, both values) and what is the same, then
        write it as one change. Items match by id, then people and
        organizations by name or alias. A change keeps ours unless ours is
        empty; aliases, participants and citations keep both; nothing is
        deleted. --dry-run prints the plan and writes nothing.

  casefile add-source FILE.casefile SOURCE [--title TEXT] [--password TEXT] [--attachments]
        Add a file as a new source: PDF (its text layer, page by page),
        Word (.docx), OpenDocument (.odt), e-mail (.eml), HTML, Markdown or
        text. The file itself is kept in the case (up to 25 MB; above, its
        name, size and SHA-256). --title replaces the title the file gives,
        --password opens an encrypted PDF, --attachments also adds each PDF,
        Word or other readable attachment of an e-mail as a source attached
        to the mail. A scanned PDF without a text layer is refused: run it
        through a text recognition (OCR) program first.

  casefile export FILE.casefile --json OUT
        Write the whole case as Casefile JSON v1 (OUT may be - for standard
        output). Exporting, importing and exporting again gives the same bytes.

  casefile export FILE.casefile --pdf OUT [--paper a4|letter] [--marking TEXT]
        [--sections LIST] [--key-only] [--date YYYY-MM-DD]
        Print the briefing as PDF. --marking replaces the case's handling
        caveat, --sections takes a comma-separated list of sections, --key-only
        keeps only key events in the timeline, --date fixes the printed date.

  casefile export FILE.casefile --ftm OUT
        Write the sources, people, organizations, relations and events as
        FollowTheMoney entities, one JSON object a line, for the ftm tools
        and Aleph (OUT may be - for standard output).

  casefile export FILE.casefile --timelinejs OUT [--key-only]
        Write the events, in date order, as a TimelineJS3 JSON document (OUT
        may be -). --key-only keeps only key events.

  casefile export FILE.casefile --csv FOLDER
  casefile export FILE.casefile --csv OUT.csv|- --table TABLE
  casefile export FILE.casefile --csv -
        [--no-bom] [--raw]
        Write the case as CSV tables: events, people, organizations,
        aliases, relations, claims and sources, in UTF-8 with a byte order
        mark (--no-bom leaves it out) and cells a spreadsheet would run as a
        formula (starting with = + - @) behind an apostrophe (--raw leaves
        them as they are). Given a folder (created if missing),
        one file per table, TABLE.csv, each replaced whole. --table writes
        that one table to the file OUT.csv (or - for standard output);
        --csv - alone writes the events table to standard output.

  casefile check FILE.casefile
        Count the items of each kind and look for damage: SQLite's integrity
        and foreign key checks, database objects Casefile did not make, the
        search index against the texts, and every rule an import applies.
        Each problem is printed on a line of its own. Exit status 0 when the
        file is sound, 1 otherwise.

  casefile --version            print the version
  casefile --help               print this help

Errors go to standard error as one sentence with exit status 1 (2 for a
mistake in the command line); --verbose, with any command, adds the cause.
A command that fails writes no file. Every file is written whole or not at
all; a new file follows the umask, a replaced one keeps its permissions.
An output that is not a regular file (a device such as /dev/null, a pipe,
a link such as /dev/stdout) is refused, never replaced: give - for
standard output.
`
