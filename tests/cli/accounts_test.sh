#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Accounts from the command line (issue 17): a database under accounts needs --user; scope and permissions hold for
# stats, export and import; 1,000 wrong passwords are throttled, locked and audited, and an administrator's unlock
# lets the right one in; a copy of the database with the key folder reveals no ID number without a password.
# usage: accounts_test.sh PATH/TO/gridctl
set -u
gridctl=$1
. "$(dirname "$0")/lib.sh"
unset GRIDSTATION_PASSWORD GRIDSTATION_NEW_PASSWORD
q() { sqlite3 "$db" "$1"; }
db=$work/d.sqlite
admin_pw='Keeper-of-keys-77'
demo_pw='Demo-2026-pass'

GRIDSTATION_PASSWORD=$admin_pw $gridctl demo "$db" --households 3000 --seed 3 --admin boss > "$work/demo.txt" 2>/dev/null
check "demo --admin exits 0" test $? -eq 0
check "demo prints the demo accounts" grep -q "wangwei  GRID_WORKER over grid:" "$work/demo.txt"
check "demo prints a recovery key" grep -Eq "^  [A-Z2-7]{4}(-[A-Z2-7]{4}){12}$" "$work/demo.txt"
check "the key file left the key folder" test -z "$(ls -A "$work/keys" 2>/dev/null)"
check "one account per role and the administrator" test "$(q 'SELECT count(*) FROM app_user')" -eq 8
check "no password is stored in clear" test "$(q "SELECT count(*) FROM app_user WHERE password_hash NOT LIKE '\$gs-argon2id\$%'")" -eq 0

# Without --user: refused, nothing done.
$gridctl stats "$db" > "$work/nouser.txt" 2>&1
check "stats without --user exits 2" test $? -eq 2
check "the message says to sign in" grep -q "sign in with --user" "$work/nouser.txt"
# Wrong password.
GRIDSTATION_PASSWORD=wrong-password-1 $gridctl stats "$db" --user wangwei > "$work/wrong.txt" 2>&1
check "a wrong password exits 2" test $? -eq 2
check "the refusal does not say which part was wrong" grep -q "wrong login name or password" "$work/wrong.txt"
sleep 1.1  # the first failure's delay

# A grid worker's stats count their grid only; the administrator's the whole district.
GRIDSTATION_PASSWORD=$demo_pw $gridctl stats "$db" --user wangwei > "$work/worker.txt" 2>&1
check "worker stats exit 0" test $? -eq 0
GRIDSTATION_PASSWORD=$admin_pw $gridctl stats "$db" --user boss > "$work/admin.txt" 2>&1
worker_hh=$(awk '/^households +[0-9]/ {print $2}' "$work/worker.txt")
admin_hh=$(awk '/^households +[0-9]/ {print $2}' "$work/admin.txt")
grid=$(q "SELECT scope_id FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = 'wangwei'")
check "worker counts exactly their grid's households" test "$worker_hh" = "$(q "SELECT count(*) FROM household WHERE logout = 0 AND grid_id = $grid")"
check "administrator counts all households" test "$admin_hh" = "$(q 'SELECT count(*) FROM household WHERE logout = 0')"

# Export: the worker has no export permission; the grid chief exports their grid; the street officer no persons.
community=$(q 'SELECT admin_code FROM community ORDER BY id LIMIT 1')
GRIDSTATION_PASSWORD=$demo_pw $gridctl export "$db" "$work/w.csv" --list persons --ledger community:$community --user wangwei > "$work/wexp.txt" 2>&1
check "worker export exits non-zero" test $? -ne 0
check "the refusal names the missing permission" grep -q "permission missing: export on person" "$work/wexp.txt"
check "no file was written" test ! -e "$work/w.csv"
GRIDSTATION_PASSWORD=$demo_pw $gridctl export "$db" "$work/c.csv" --list persons --ledger community:$community --user lina > "$work/cexp.txt" 2>&1
check "grid chief export exits 0" test $? -eq 0
rows=$(($(wc -l < "$work/c.csv") - 1))
check "grid chief exports exactly their grid's persons" test "$rows" -eq "$(q "SELECT count(*) FROM person WHERE logout = 0 AND grid_id = $grid")"
check "the export is audited under the chief's name" test "$(q "SELECT actor FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1")" = lina
GRIDSTATION_PASSWORD=$demo_pw $gridctl export "$db" "$work/r.csv" --list key_persons --ledger community:$community --reveal --reason 核实 --user lina > "$work/rexp.txt" 2>&1
check "grid chief may not export key persons' ID numbers" grep -q "permission missing: reveal on key_person" "$work/rexp.txt"
check "and no file was written" test ! -e "$work/r.csv"

# Users administration: only the administrator.
echo "New-worker-pass-9" | GRIDSTATION_PASSWORD=$demo_pw $gridctl users add "$db" xu --role GRID_WORKER --scope grid:$(q "SELECT grid_code FROM grid WHERE id = $grid") --password-stdin --user chenjie > "$work/add1.txt" 2>&1
check "a secretary cannot add users" grep -q "permission missing: admin on user" "$work/add1.txt"
echo "New-worker-pass-9" | GRIDSTATION_PASSWORD=$admin_pw $gridctl users add "$db" xu --role GRID_WORKER --scope grid:$(q "SELECT grid_code FROM grid WHERE id = $grid") --password-stdin --user boss > "$work/add2.txt" 2>&1
check "the administrator adds a user" test $? -eq 0
GRIDSTATION_PASSWORD=New-worker-pass-9 $gridctl stats "$db" --user xu > "$work/xu.txt" 2>&1
check "a new user must change the password first" grep -q "must be changed" "$work/xu.txt"
echo "Changed-pass-2026" | GRIDSTATION_PASSWORD=New-worker-pass-9 $gridctl users passwd "$db" --password-stdin --user xu > "$work/pw.txt" 2>&1
check "passwd exits 0" test $? -eq 0
sleep 1.1
GRIDSTATION_PASSWORD=Changed-pass-2026 $gridctl stats "$db" --user xu > "$work/xu2.txt" 2>&1
check "the changed password signs in" test $? -eq 0

# 1,000 wrong passwords: throttled, then locked; every attempt audited; unlock lets the right one in.
before=$(q "SELECT count(*) FROM audit_log WHERE action = 'login'")
for i in $(seq 1 1000); do
  GRIDSTATION_PASSWORD="bad-pass-$i" $gridctl stats "$db" --user zhaomin > /dev/null 2>> "$work/storm.txt"
done
after=$(q "SELECT count(*) FROM audit_log WHERE action = 'login'")
check "1000 attempts audited" test $((after - before)) -eq 1000
check "attempts were throttled" grep -q "wait" "$work/storm.txt"
check "the account is locked" test "$(q "SELECT locked FROM app_user WHERE username = 'zhaomin'")" -eq 1
GRIDSTATION_PASSWORD=$demo_pw $gridctl stats "$db" --user zhaomin > "$work/locked.txt" 2>&1
check "the right password is refused while locked" grep -q "locked" "$work/locked.txt"
GRIDSTATION_PASSWORD=$admin_pw $gridctl users unlock "$db" zhaomin --user boss > /dev/null 2>&1
check "the administrator unlocks" test $? -eq 0
GRIDSTATION_PASSWORD=$demo_pw $gridctl stats "$db" --user zhaomin > /dev/null 2>&1
check "the right password works after unlock" test $? -eq 0

# A copy with the key folder: no password, no ID numbers; the recovery key still opens it.
cp "$db" "$work/copy.sqlite"
GRIDSTATION_PASSWORD= $gridctl export "$work/copy.sqlite" "$work/leak.csv" --list persons --ledger community:$community --reveal --reason x < /dev/null > "$work/leak.txt" 2>&1
check "a copy without a password exports nothing" test ! -e "$work/leak.csv"
# The ID numbers in clear, as the administrator may export them; none of them is anywhere in the copied file.
GRIDSTATION_PASSWORD=$admin_pw $gridctl export "$db" "$work/ids.csv" --list persons --ledger community:$community --reveal --reason 核对副本 --user boss > /dev/null 2>&1
grep -oE '[1-6][0-9]{16}[0-9X]' "$work/ids.csv" | sort -u > "$work/ids.txt"
check "the administrator's revealed export holds ID numbers" test "$(wc -l < "$work/ids.txt")" -gt 1000
check "the copy holds none of them in clear" test "$(strings -n 18 "$work/copy.sqlite" | grep -c -F -f "$work/ids.txt")" -eq 0
recovery=$(grep -E "^  [A-Z2-7]{4}(-[A-Z2-7]{4}){12}$" "$work/demo.txt" | tr -d ' ')
echo "$recovery" | GRIDSTATION_NEW_PASSWORD=Recovered-pass-31 $gridctl users recover "$work/copy.sqlite" boss > "$work/rec.txt" 2>&1
check "the recovery key sets a new password" test $? -eq 0
echo "Fresh-admin-pass-4" | GRIDSTATION_PASSWORD=Recovered-pass-31 $gridctl users passwd "$work/copy.sqlite" --password-stdin --user boss > /dev/null 2>&1
check "then the administrator signs in" test $? -eq 0

# Every audit row of a user's edit names the user.
check "no edit by a signed-in command is audited as the system" test "$(q "SELECT count(*) FROM audit_log WHERE id > (SELECT min(id) FROM audit_log WHERE action = 'login') AND action IN ('insert','update','delete','export') AND actor LIKE 'gridctl%'")" -eq 0

report accounts
