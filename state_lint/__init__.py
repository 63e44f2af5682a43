"""state-lint: find Streamlit session-state pitfalls in a script by reading it, never running it.

from state_lint import check_source
for finding in check_source(code):
    print(finding.as_text())
"""

from state_lint.lint import Finding, ParseError, Report, check_paths, check_source
from state_lint.rules import RULES, Rule

__all__ = ["RULES", "Finding", "ParseError", "Report", "Rule", "check_paths", "check_source"]
