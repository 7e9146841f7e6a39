<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fb::AllComplaintsView</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ApprovalQueueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ApprovalsPage</name>
    <message numerus="yes">
        <source>Approval queue refreshed: %n waiting.</source>
        <translation>
            <numerusform>Approval queue refreshed: %n waiting.</numerusform>
            <numerusform>Approval queue refreshed: %n waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spare request(s) waiting for approval, oldest first</source>
        <translation>
            <numerusform>%n spare request waiting for approval, oldest first</numerusform>
            <numerusform>%n spare requests waiting for approval, oldest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ChallanRenderer</name>
    <message numerus="yes">
        <source>Goods — %n unit(s)</source>
        <translation>
            <numerusform>Goods — %n unit</numerusform>
            <numerusform>Goods — %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::DispatchPage</name>
    <message numerus="yes">
        <source>Your unfinished dispatch is back: %n unit(s) scanned.</source>
        <translation>
            <numerusform>Your unfinished dispatch is back: %n unit scanned.</numerusform>
            <numerusform>Your unfinished dispatch is back: %n units scanned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · value %1</source>
        <translation>
            <numerusform>%n unit · value %1</numerusform>
            <numerusform>%n units · value %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 submitted — %n unit(s), queued for both CRMs. Ctrl+S saves the challan, Ctrl+P prints it.</source>
        <translation>
            <numerusform>%1 submitted — %n unit, queued for both CRMs. Ctrl+S saves the challan, Ctrl+P prints it.</numerusform>
            <numerusform>%1 submitted — %n units, queued for both CRMs. Ctrl+S saves the challan, Ctrl+P prints it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispatch %1 submitted: %n unit(s).</source>
        <translation>
            <numerusform>Dispatch %1 submitted: %n unit.</numerusform>
            <numerusform>Dispatch %1 submitted: %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled: %n unit(s) back in stock; both CRMs will be told.</source>
        <translation>
            <numerusform>%1 cancelled: %n unit back in stock; both CRMs will be told.</numerusform>
            <numerusform>%1 cancelled: %n units back in stock; both CRMs will be told.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled before it reached a CRM: %n unit(s) back in stock; nothing was sent.</source>
        <translation>
            <numerusform>%1 cancelled before it reached a CRM: %n unit back in stock; nothing was sent.</numerusform>
            <numerusform>%1 cancelled before it reached a CRM: %n units back in stock; nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::GeneratePage</name>
    <message numerus="yes">
        <source>%n serial number(s) left today for %1 on this station (block %2–%3, next %4).</source>
        <translation>
            <numerusform>%n serial number left today for %1 on this station (block %2–%3, next %4).</numerusform>
            <numerusform>%n serial numbers left today for %1 on this station (block %2–%3, next %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Generated %n serial numbers: %1 … %2</source>
        <translation>
            <numerusform>✓ Generated %n serial numbers: %1 … %2</numerusform>
            <numerusform>✓ Generated %n serial numbers: %1 … %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n serial number(s) for %1.</source>
        <translation>
            <numerusform>Generated %n serial number for %1.</numerusform>
            <numerusform>Generated %n serial numbers for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print a label for each of the %n serial number(s) above.</source>
        <translation>
            <numerusform>Print a label for the serial number above.</numerusform>
            <numerusform>Print a label for each of the %n serial numbers above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the labels of the %n serial number(s) above as a PDF file (one page per label).</source>
        <translation>
            <numerusform>Save the label of the serial number above as a PDF file.</numerusform>
            <numerusform>Save the labels of the %n serial numbers above as a PDF file (one page per label).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n label(s) (%1) on %2.</source>
        <translation>
            <numerusform>Reprinted %n label (%1) on %2.</numerusform>
            <numerusform>Reprinted %n labels (%1) on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n label(s) (%1) on %2.</source>
        <translation>
            <numerusform>Printed %n label (%1) on %2.</numerusform>
            <numerusform>Printed %n labels (%1) on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) again (%1) to %2.</source>
        <translation>
            <numerusform>Saved %n label again (%1) to %2.</numerusform>
            <numerusform>Saved %n labels again (%1) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) (%1) to %2.</source>
        <translation>
            <numerusform>Saved %n label (%1) to %2.</numerusform>
            <numerusform>Saved %n labels (%1) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::InwardPage</name>
    <message numerus="yes">
        <source>Total: %n unit(s)</source>
        <translation>
            <numerusform>Total: %n unit</numerusform>
            <numerusform>Total: %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n — put these units aside</source>
        <translation>
            <numerusform>Refused: %n — put these units aside</numerusform>
            <numerusform>Refused: %n — put these units aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed your open inward into %1: %n unit(s) scanned so far.</source>
        <translation>
            <numerusform>Resumed your open inward into %1: %n unit scanned so far.</numerusform>
            <numerusform>Resumed your open inward into %1: %n units scanned so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Inward %1 submitted: %n unit(s) into %2.</source>
        <translation>
            <numerusform>✓ Inward %1 submitted: %n unit into %2.</numerusform>
            <numerusform>✓ Inward %1 submitted: %n units into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) read</source>
        <translation>
            <numerusform>%1: %n line read</numerusform>
            <numerusform>%1: %n lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with a warning)</source>
        <translation>
            <numerusform>(%n with a warning)</numerusform>
            <numerusform>(%n with a warning)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::LookupDialog</name>
    <message numerus="yes">
        <source>%1: %n movement(s).</source>
        <translation>
            <numerusform>%1: %n movement.</numerusform>
            <numerusform>%1: %n movements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::OperatorService</name>
    <message numerus="yes">
        <source>Operator code or PIN not recognised. %n attempt(s) left before the operator is locked.</source>
        <translation>
            <numerusform>Operator code or PIN not recognised. %n attempt left before the operator is locked.</numerusform>
            <numerusform>Operator code or PIN not recognised. %n attempts left before the operator is locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::SyncChartsWidget</name>
    <message numerus="yes">
        <source>%1: p50 %2 ms, p95 %3 ms at %4–%5 (%n delivered)</source>
        <translation>
            <numerusform>%1: p50 %2 ms, p95 %3 ms at %4–%5 (%n delivered)</numerusform>
            <numerusform>%1: p50 %2 ms, p95 %3 ms at %4–%5 (%n delivered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ctl</name>
    <message numerus="yes">
        <source>Nothing was dispatched: fix the %n problem(s) above and run again.</source>
        <translation>
            <numerusform>Nothing was dispatched: fix the %n problem above and run again.</numerusform>
            <numerusform>Nothing was dispatched: fix the %n problems above and run again.</numerusform>
        </translation>
    </message>
</context>
</TS>
