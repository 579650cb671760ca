#!/bin/sh
# A plain CI gate for any runner: check the folder reports/, keep the JSON and the text, and pass or
# fail by gkcheck's exit code. Run from the folder that holds reports/ and gkcheck/ (built with
# mvn -q -B -f gkcheck/pom.xml package -DskipTests).
gkcheck/gkcheck check --fail-on error --format text,json -o gkcheck-out reports/
status=$?
case $status in
  0) echo "gkcheck: no errors" ;;
  1) echo "gkcheck: errors found, see gkcheck-out/gkcheck.txt" ;;
  2) echo "gkcheck: usage error (check the command line)" ;;
  3) echo "gkcheck: a report could not be read (empty, scanned, encrypted …); the others were checked" ;;
  4) echo "gkcheck: gkcheck itself failed (GK-IN-INTERNAL): report it, not the file" ;;
esac
exit $status
