<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>fb</name>
    <message>
        <source>E-way bill number is empty — enter the 12-digit number from the e-way bill, e.g. 3210-9988-7766</source>
        <translation>ई-वे बिल नंबर खाली है — ई-वे बिल से 12 अंकों का नंबर डालें, जैसे 3210-9988-7766</translation>
    </message>
    <message>
        <source>E-way bill number %1: separate digit groups with a single dash or space, e.g. 3210-9988-7766</source>
        <translation>ई-वे बिल नंबर %1: अंकों के समूहों के बीच एक ही डैश या स्पेस रखें, जैसे 3210-9988-7766</translation>
    </message>
    <message>
        <source>E-way bill number %1: &apos;%2&apos; is not allowed — use the 12 digits, optionally grouped with dashes or spaces, e.g. 3210-9988-7766</source>
        <translation>ई-वे बिल नंबर %1: &apos;%2&apos; की अनुमति नहीं है — 12 अंक डालें, चाहें तो डैश या स्पेस से समूह बनाकर, जैसे 3210-9988-7766</translation>
    </message>
    <message>
        <source>E-way bill number %1 has %2 digits — it must have exactly 12, e.g. 3210-9988-7766</source>
        <translation>ई-वे बिल नंबर %1 में %2 अंक हैं — ठीक 12 होने चाहिए, जैसे 3210-9988-7766</translation>
    </message>
    <message>
        <source>GSTIN is empty — enter the party&apos;s 15-character GSTIN, e.g. 27AAPFU0939F1ZV</source>
        <translation>GSTIN खाली है — पार्टी का 15 अक्षरों का GSTIN डालें, जैसे 27AAPFU0939F1ZV</translation>
    </message>
    <message>
        <source>GSTIN %1: &apos;%2&apos; at position %3 is not allowed — a GSTIN has only letters A–Z and digits 0–9</source>
        <translation>GSTIN %1: स्थान %3 पर &apos;%2&apos; की अनुमति नहीं है — GSTIN में केवल A–Z अक्षर और 0–9 अंक होते हैं</translation>
    </message>
    <message>
        <source>GSTIN %1 has %2 characters — a GSTIN has exactly 15 (e.g. 27AAPFU0939F1ZV)</source>
        <translation>GSTIN %1 में %2 अक्षर हैं — GSTIN में ठीक 15 होते हैं (जैसे 27AAPFU0939F1ZV)</translation>
    </message>
    <message>
        <source>GSTIN %1: state code %2 is not valid — the first two characters must be a GST state code 01–38 or 97 (e.g. 27 Maharashtra, 29 Karnataka)</source>
        <translation>GSTIN %1: राज्य कोड %2 सही नहीं है — पहले दो अक्षर GST राज्य कोड 01–38 या 97 होने चाहिए (जैसे 27 महाराष्ट्र, 29 कर्नाटक)</translation>
    </message>
    <message>
        <source>GSTIN %1: characters 3–12 (%2) are not a PAN — a PAN is 5 letters, 4 digits, 1 letter (e.g. AAPFU0939F)</source>
        <translation>GSTIN %1: अक्षर 3–12 (%2) PAN नहीं हैं — PAN में 5 अक्षर, 4 अंक, 1 अक्षर होते हैं (जैसे AAPFU0939F)</translation>
    </message>
    <message>
        <source>GSTIN %1: the 13th character (registration number in the state) cannot be 0 — it is 1–9 or A–Z</source>
        <translation>GSTIN %1: 13वाँ अक्षर (राज्य में पंजीकरण संख्या) 0 नहीं हो सकता — यह 1–9 या A–Z होता है</translation>
    </message>
    <message>
        <source>GSTIN %1: the 14th character should be Z, not %2</source>
        <translation>GSTIN %1: 14वाँ अक्षर Z होना चाहिए, %2 नहीं</translation>
    </message>
    <message>
        <source>GSTIN check character should be %1, not %2 (GSTIN %3) — re-check the GSTIN against the party&apos;s GST certificate</source>
        <translation>GSTIN का चेक अक्षर %1 होना चाहिए, %2 नहीं (GSTIN %3) — पार्टी के GST प्रमाणपत्र से GSTIN दोबारा मिलाएँ</translation>
    </message>
    <message>
        <source>GSTIN %1 is registered in %2 (state code %3), but the bill-to state is %4 — check the GSTIN or the bill-to address</source>
        <translation>GSTIN %1 %2 (राज्य कोड %3) में पंजीकृत है, पर बिल-टू राज्य %4 है — GSTIN या बिल-टू पता जाँचें</translation>
    </message>
    <message>
        <source>GTIN is empty — scan the product barcode (8, 12, 13 or 14 digits)</source>
        <translation>GTIN खाली है — उत्पाद का बारकोड स्कैन करें (8, 12, 13 या 14 अंक)</translation>
    </message>
    <message>
        <source>GTIN %1: &apos;%2&apos; is not allowed — a GTIN has digits only</source>
        <translation>GTIN %1: &apos;%2&apos; की अनुमति नहीं है — GTIN में केवल अंक होते हैं</translation>
    </message>
    <message>
        <source>GTIN %1 has %2 digits — a GTIN has 8, 12, 13 or 14</source>
        <translation>GTIN %1 में %2 अंक हैं — GTIN में 8, 12, 13 या 14 अंक होते हैं</translation>
    </message>
    <message>
        <source>GTIN %1: check digit should be %2, not %3 — rescan or re-type the barcode</source>
        <translation>GTIN %1: चेक अंक %2 होना चाहिए, %3 नहीं — बारकोड फिर से स्कैन या टाइप करें</translation>
    </message>
    <message>
        <source>Phone number is empty — enter a 10-digit mobile number, e.g. 98765 43210</source>
        <translation>फ़ोन नंबर खाली है — 10 अंकों का मोबाइल नंबर डालें, जैसे 98765 43210</translation>
    </message>
    <message>
        <source>Phone number: &apos;%1&apos; is not allowed — use digits, with +91 or 0 in front if you like</source>
        <translation>फ़ोन नंबर: &apos;%1&apos; की अनुमति नहीं है — अंक डालें, चाहें तो आगे +91 या 0 लगाएँ</translation>
    </message>
    <message>
        <source>Phone number: only Indian numbers (+91) are accepted — enter a 10-digit mobile number</source>
        <translation>फ़ोन नंबर: केवल भारतीय नंबर (+91) स्वीकार हैं — 10 अंकों का मोबाइल नंबर डालें</translation>
    </message>
    <message>
        <source>Phone number has %1 digits — a mobile number has 10 (after +91 or 0), e.g. 98765 43210</source>
        <translation>फ़ोन नंबर में %1 अंक हैं — मोबाइल नंबर में 10 अंक होते हैं (+91 या 0 के बाद), जैसे 98765 43210</translation>
    </message>
    <message>
        <source>Phone number starts with %1 — Indian mobile numbers start with 6, 7, 8 or 9</source>
        <translation>फ़ोन नंबर %1 से शुरू होता है — भारतीय मोबाइल नंबर 6, 7, 8 या 9 से शुरू होते हैं</translation>
    </message>
    <message>
        <source>PIN code is empty — enter the 6-digit PIN code, e.g. 411001</source>
        <translation>पिन कोड खाली है — 6 अंकों का पिन कोड डालें, जैसे 411001</translation>
    </message>
    <message>
        <source>PIN code %1 is not valid — a PIN code is exactly 6 digits, e.g. 411001</source>
        <translation>पिन कोड %1 सही नहीं है — पिन कोड ठीक 6 अंकों का होता है, जैसे 411001</translation>
    </message>
    <message>
        <source>PIN code %1 cannot start with 0 — Indian PIN codes start with 1–9</source>
        <translation>पिन कोड %1 0 से शुरू नहीं हो सकता — भारतीय पिन कोड 1–9 से शुरू होते हैं</translation>
    </message>
    <message>
        <source>Serial is empty — scan the barcode or type the serial, e.g. CGSTV322509251001</source>
        <translation>सीरियल खाली है — बारकोड स्कैन करें या सीरियल टाइप करें, जैसे CGSTV322509251001</translation>
    </message>
    <message>
        <source>Serial %1: &apos;%2&apos; at position %3 is not allowed — a serial has only letters A–Z and digits 0–9</source>
        <translation>सीरियल %1: स्थान %3 पर &apos;%2&apos; की अनुमति नहीं है — सीरियल में केवल A–Z अक्षर और 0–9 अंक होते हैं</translation>
    </message>
    <message>
        <source>Serial %1: no product codes are loaded, so the serial cannot be checked — sync the product master and scan again</source>
        <translation>सीरियल %1: कोई उत्पाद कोड लोड नहीं है, इसलिए सीरियल जाँचा नहीं जा सकता — उत्पाद मास्टर सिंक करें और फिर से स्कैन करें</translation>
    </message>
    <message>
        <source>Serial %1: unknown product code %2 — known codes: %3</source>
        <translation>सीरियल %1: अज्ञात उत्पाद कोड %2 — ज्ञात कोड: %3</translation>
    </message>
    <message>
        <source>Serial %1: unknown product code — known codes: %2</source>
        <translation>सीरियल %1: अज्ञात उत्पाद कोड — ज्ञात कोड: %2</translation>
    </message>
    <message>
        <source>Serial %1: &apos;%2&apos; at position %3 — after product code %4 only digits may follow (YYMMDD date, then a 4-digit running number)</source>
        <translation>सीरियल %1: स्थान %3 पर &apos;%2&apos; — उत्पाद कोड %4 के बाद केवल अंक आ सकते हैं (YYMMDD तारीख, फिर 4 अंकों की क्रम संख्या)</translation>
    </message>
    <message>
        <source>Serial %1: wrong length — expected a 6-digit date (YYMMDD) after product code %2, found %3 digits</source>
        <translation>सीरियल %1: लंबाई गलत — उत्पाद कोड %2 के बाद 6 अंकों की तारीख (YYMMDD) चाहिए, %3 अंक मिले</translation>
    </message>
    <message>
        <source>Serial %1: %2-%3-%4 is not a real date (YYMMDD) — check the 6 digits after product code %5</source>
        <translation>सीरियल %1: %2-%3-%4 असली तारीख (YYMMDD) नहीं है — उत्पाद कोड %5 के बाद के 6 अंक जाँचें</translation>
    </message>
    <message>
        <source>Serial %1: wrong length — expected 4-digit running number after the date, found %2 digits</source>
        <translation>सीरियल %1: लंबाई गलत — तारीख के बाद 4 अंकों की क्रम संख्या चाहिए, %2 अंक मिले</translation>
    </message>
    <message>
        <source>Serial %1: made on %2, which is in the future (today is %3) — check the date digits</source>
        <translation>सीरियल %1: निर्माण तारीख %2 भविष्य में है (आज %3 है) — तारीख के अंक जाँचें</translation>
    </message>
    <message>
        <source>Serial %1: running number 0000 is not valid — units are numbered 0001–9999</source>
        <translation>सीरियल %1: क्रम संख्या 0000 मान्य नहीं है — यूनिट 0001–9999 तक क्रमांकित होते हैं</translation>
    </message>
    <message>
        <source>Transport mode &apos;%1&apos; is not known — choose ROAD, RAIL, AIR or SHIP</source>
        <translation>परिवहन का तरीका &apos;%1&apos; ज्ञात नहीं है — ROAD, RAIL, AIR या SHIP चुनें</translation>
    </message>
    <message>
        <source>LR number is empty — enter the lorry receipt / transport document number, e.g. LR-9827345</source>
        <translation>LR नंबर खाली है — लॉरी रसीद / परिवहन दस्तावेज़ का नंबर डालें, जैसे LR-9827345</translation>
    </message>
    <message>
        <source>LR number %1: &apos;%2&apos; is not allowed — use letters, digits, dash (-) and slash (/) only</source>
        <translation>LR नंबर %1: &apos;%2&apos; की अनुमति नहीं है — केवल अक्षर, अंक, डैश (-) और स्लैश (/) डालें</translation>
    </message>
    <message>
        <source>LR number %1 has %2 characters — at most 15 are allowed</source>
        <translation>LR नंबर %1 में %2 अक्षर हैं — अधिकतम 15 की अनुमति है</translation>
    </message>
    <message>
        <source>Vehicle number is required for transport mode %1 — enter the registration number, e.g. MH12AB1234</source>
        <translation>परिवहन के तरीके %1 के लिए गाड़ी नंबर ज़रूरी है — रजिस्ट्रेशन नंबर डालें, जैसे MH12AB1234</translation>
    </message>
    <message>
        <source>LR number is required for transport mode %1 — enter the lorry receipt / railway receipt / airway bill / bill of lading number</source>
        <translation>परिवहन के तरीके %1 के लिए LR नंबर ज़रूरी है — लॉरी रसीद / रेलवे रसीद / एयरवे बिल / बिल ऑफ़ लैडिंग का नंबर डालें</translation>
    </message>
    <message>
        <source>accepted forms: MH12AB1234, MH12A1234, MH121234, MH12ABC1234, DL123A1234 (state code first), old series ABC1234, Bharat series 22BH1234AB, temporary T0125MH1234AB, defence 14A123456X, and the e-way bill portal&apos;s TM…, DF…, BP…, NP… forms</source>
        <translation>मान्य रूप: MH12AB1234, MH12A1234, MH121234, MH12ABC1234, DL123A1234 (पहले राज्य कोड), पुरानी सीरीज़ ABC1234, भारत सीरीज़ 22BH1234AB, अस्थायी T0125MH1234AB, रक्षा 14A123456X, और ई-वे बिल पोर्टल के TM…, DF…, BP…, NP… रूप</translation>
    </message>
    <message>
        <source>Vehicle number %1 is not in a recognised form</source>
        <translation>गाड़ी नंबर %1 किसी मान्य रूप में नहीं है</translation>
    </message>
    <message>
        <source>Vehicle number is empty — enter the registration number on the number plate, e.g. MH12AB1234</source>
        <translation>गाड़ी नंबर खाली है — नंबर प्लेट पर लिखा रजिस्ट्रेशन नंबर डालें, जैसे MH12AB1234</translation>
    </message>
    <message>
        <source>Vehicle number %1: &apos;%2&apos; is not allowed — use letters and digits (spaces and dashes are ignored)</source>
        <translation>गाड़ी नंबर %1: &apos;%2&apos; की अनुमति नहीं है — अक्षर और अंक डालें (स्पेस और डैश अनदेखे किए जाते हैं)</translation>
    </message>
    <message>
        <source>Vehicle number %1: BH-series year %2 is not possible — the series began in 2021, and the year cannot be in the future</source>
        <translation>गाड़ी नंबर %1: BH-सीरीज़ का वर्ष %2 संभव नहीं है — सीरीज़ 2021 में शुरू हुई, और वर्ष भविष्य का नहीं हो सकता</translation>
    </message>
    <message>
        <source>Vehicle number %1: BH-series letters never use I or O — check for 1 or 0</source>
        <translation>गाड़ी नंबर %1: BH-सीरीज़ के अक्षरों में I या O कभी नहीं होते — देखें कहीं ये 1 या 0 तो नहीं</translation>
    </message>
    <message>
        <source>a Bharat-series number is year, BH, 4 digits, 1–2 letters, e.g. 22BH1234AB</source>
        <translation>भारत-सीरीज़ नंबर में वर्ष, BH, 4 अंक, 1–2 अक्षर होते हैं, जैसे 22BH1234AB</translation>
    </message>
    <message>
        <source>Vehicle number %1: temporary registration month/year %2/%3 is not possible — after T come the month (01–12) and year of purchase, e.g. T0125MH1234AB</source>
        <translation>गाड़ी नंबर %1: अस्थायी रजिस्ट्रेशन का महीना/वर्ष %2/%3 संभव नहीं है — T के बाद खरीद का महीना (01–12) और वर्ष आते हैं, जैसे T0125MH1234AB</translation>
    </message>
    <message>
        <source>Vehicle number %1: %2 is not an Indian state/UT code — a temporary number has the state code after the month and year, e.g. T0125MH1234AB</source>
        <translation>गाड़ी नंबर %1: %2 कोई भारतीय राज्य/UT कोड नहीं है — अस्थायी नंबर में महीने और वर्ष के बाद राज्य कोड आता है, जैसे T0125MH1234AB</translation>
    </message>
    <message>
        <source>the e-way bill portal&apos;s %1… form has 7 to 15 letters and digits</source>
        <translation>ई-वे बिल पोर्टल के %1… रूप में 7 से 15 अक्षर और अंक होते हैं</translation>
    </message>
    <message>
        <source>Vehicle number %1: %2 is not an Indian state/UT code — the number starts with the state code, such as MH, KA, DL, TN, GJ</source>
        <translation>गाड़ी नंबर %1: %2 कोई भारतीय राज्य/UT कोड नहीं है — नंबर राज्य कोड से शुरू होता है, जैसे MH, KA, DL, TN, GJ</translation>
    </message>
    <message>
        <source>Vehicle number %1: RTO number %2 is not possible — after the state code comes the RTO number (01, 02, …)</source>
        <translation>गाड़ी नंबर %1: RTO नंबर %2 संभव नहीं है — राज्य कोड के बाद RTO नंबर आता है (01, 02, …)</translation>
    </message>
    <message>
        <source>Vehicle number %1: the last 4 digits cannot be 0000</source>
        <translation>गाड़ी नंबर %1: अंतिम 4 अंक 0000 नहीं हो सकते</translation>
    </message>
    <message>
        <source>Vehicle number %1: the last part must be 4 digits — add leading zeros, e.g. %2</source>
        <translation>गाड़ी नंबर %1: अंतिम भाग 4 अंकों का होना चाहिए — आगे शून्य लगाएँ, जैसे %2</translation>
    </message>
    <message>
        <source>a 3-digit RTO number is followed by exactly one letter, e.g. DL123A1234</source>
        <translation>3 अंकों के RTO नंबर के बाद ठीक एक अक्षर आता है, जैसे DL123A1234</translation>
    </message>
    <message>
        <source>Setting %1 is &apos;%2&apos;; it should be one of %3. Using the default.</source>
        <translation>सेटिंग %1 &apos;%2&apos; है; यह %3 में से एक होनी चाहिए। डिफ़ॉल्ट का उपयोग हो रहा है।</translation>
    </message>
    <message>
        <source>Setting %1 is &apos;%2&apos;; it should be a whole number from %3 to %4. Using %5.</source>
        <translation>सेटिंग %1 &apos;%2&apos; है; यह %3 से %4 तक की पूर्ण संख्या होनी चाहिए। %5 का उपयोग हो रहा है।</translation>
    </message>
    <message>
        <source>Setting %1 is &apos;%2&apos;; it should be a USB id of up to 4 hex digits, as lsusb shows it (e.g. 0c2e). Using any.</source>
        <translation>सेटिंग %1 &apos;%2&apos; है; यह अधिकतम 4 hex अंकों की USB id होनी चाहिए, जैसा lsusb दिखाता है (जैसे 0c2e)। कोई भी स्वीकार किया जा रहा है।</translation>
    </message>
    <message>
        <source>%1 has %2 characters — at most %3 are allowed</source>
        <translation>%1 में %2 अक्षर हैं — अधिकतम %3 की अनुमति है</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>एक उत्पाद चुनें।</translation>
    </message>
    <message>
        <source>There is no product %1 in the master data. Choose one from the list, or pull master data if it was added in the CRM today.</source>
        <translation>मास्टर डेटा में उत्पाद %1 नहीं है। सूची में से एक चुनें, या अगर इसे आज CRM में जोड़ा गया है तो मास्टर डेटा लाएँ।</translation>
    </message>
    <message>
        <source>Serial generated</source>
        <translation>सीरियल बनाया गया</translation>
    </message>
    <message>
        <source>Inward into %1</source>
        <translation>%1 में इनवर्ड</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>%1 को डिस्पैच किया गया</translation>
    </message>
    <message>
        <source>Dispatched from %1 to %2</source>
        <translation>%1 से %2 को डिस्पैच किया गया</translation>
    </message>
    <message>
        <source>Dispatch cancelled, back in %1</source>
        <translation>डिस्पैच रद्द, वापस %1 में</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>वापस आया</translation>
    </message>
    <message>
        <source>Returned by %1</source>
        <translation>%1 द्वारा वापस</translation>
    </message>
    <message>
        <source>Setting %1 is &apos;%2&apos;; it should be a size in millimetres from 10 to 300. Using %3.</source>
        <translation>सेटिंग %1 &apos;%2&apos; है; यह 10 से 300 मिलीमीटर तक का आकार होना चाहिए। %3 का उपयोग हो रहा है।</translation>
    </message>
    <message>
        <source>This page is not available in this build yet.</source>
        <translation>यह पेज इस संस्करण में अभी उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Serial generation</source>
        <translation>सीरियल बनाना</translation>
    </message>
    <message>
        <source>Inward</source>
        <translation>इनवर्ड</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>डिस्पैच</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सर्विस</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>स्वीकृतियाँ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>सिंक</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>No OS keychain is reachable (%1): %2. Start a desktop session with a keyring (gnome-keyring / KWallet) and try again.</source>
        <translation>कोई OS कीचेन उपलब्ध नहीं है (%1): %2। कीरिंग (gnome-keyring / KWallet) वाला डेस्कटॉप सत्र शुरू करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The keychain refused access (%1): %2.</source>
        <translation>कीचेन ने पहुँच से मना किया (%1): %2।</translation>
    </message>
    <message>
        <source>no answer within %1 s; is the keyring waiting for a password?</source>
        <translation>%1 सेकंड में कोई जवाब नहीं; क्या कीरिंग पासवर्ड का इंतज़ार कर रही है?</translation>
    </message>
    <message>
        <source>%1 is %2; it should be from %3 to %4%5.</source>
        <translation>%1 %2 है; यह %3 से %4%5 तक होना चाहिए।</translation>
    </message>
    <message>
        <source>the CRM&apos;s answer was empty</source>
        <translation>CRM का जवाब खाली था</translation>
    </message>
    <message>
        <source>the CRM&apos;s answer is not a JSON object</source>
        <translation>CRM का जवाब JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>the CRM answered status &quot;%1&quot;</source>
        <translation>CRM ने स्थिति &quot;%1&quot; से जवाब दिया</translation>
    </message>
    <message>
        <source>the CRM acknowledged event &quot;%1&quot;, not %2</source>
        <translation>CRM ने इवेंट &quot;%1&quot; की पुष्टि की, %2 की नहीं</translation>
    </message>
    <message>
        <source>the CRM acknowledged request &quot;%1&quot;, not %2</source>
        <translation>CRM ने अनुरोध &quot;%1&quot; की पुष्टि की, %2 की नहीं</translation>
    </message>
    <message>
        <source>IN_STOCK at %1</source>
        <translation>%1 में IN_STOCK</translation>
    </message>
    <message>
        <source>DISPATCHED to %1 from %2</source>
        <translation>%2 से %1 को DISPATCHED</translation>
    </message>
    <message>
        <source>RETURNED from %1</source>
        <translation>%1 से RETURNED</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 इवेंट</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 इवेंट</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 मिनट</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>: should be an object</source>
        <translation>: ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>: is missing</source>
        <translation>: मौजूद नहीं है</translation>
    </message>
    <message>
        <source>: should be text</source>
        <translation>: टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>The new CRM&apos;s answer to %1 is not what Floorbridge expects: %2. Nothing was compared; tell the CRM team (docs/crm-api.md, &quot;Serials&quot;).</source>
        <translation>%1 पर नए CRM का जवाब वैसा नहीं है जैसा फ़्लोरब्रिज चाहता है: %2। कुछ भी मिलाया नहीं गया; CRM टीम को बताएँ (docs/crm-api.md, &quot;Serials&quot;)।</translation>
    </message>
    <message>
        <source>the body should be a JSON object</source>
        <translation>body JSON ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>items: is missing</source>
        <translation>items: मौजूद नहीं है</translation>
    </message>
    <message>
        <source>items: should be a list</source>
        <translation>items: सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>%1 must be 0 (pull only on demand) or %2 to %3 %4, not &apos;%5&apos;.</source>
        <translation>%1 0 (केवल माँगने पर पुल) या %2 से %3 %4 होना चाहिए, &apos;%5&apos; नहीं।</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>मिनट</translation>
    </message>
</context>
<context>
    <name>fb::AllComplaintsView</name>
    <message>
        <source>Complaint number or unit serial</source>
        <translation>शिकायत नंबर या यूनिट सीरियल</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>खोजें (&amp;N):</translation>
    </message>
    <message>
        <source>Find complaint or serial</source>
        <translation>शिकायत या सीरियल खोजें</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Open (not closed or cancelled)</source>
        <translation>खुली (बंद या रद्द नहीं)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति (&amp;S):</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>Call t&amp;ype:</source>
        <translation>कॉल प्रकार (&amp;Y):</translation>
    </message>
    <message>
        <source>Call type filter</source>
        <translation>कॉल प्रकार फ़िल्टर</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>तकनीशियन (&amp;T):</translation>
    </message>
    <message>
        <source>Technician filter</source>
        <translation>तकनीशियन फ़िल्टर</translation>
    </message>
    <message>
        <source>Re&amp;gistered</source>
        <translation type="vanished">दर्ज (&amp;G)</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>इस तारीख से दर्ज</translation>
    </message>
    <message>
        <source>Registered to</source>
        <translation>इस तारीख तक दर्ज</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <source>All call types</source>
        <translation>सभी कॉल प्रकार</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>सभी तकनीशियन</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n शिकायतें</numerusform>
            <numerusform>%n शिकायतें</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;gistered between</source>
        <translation>इनके बीच दर्ज (&amp;G)</translation>
    </message>
</context>
<context>
    <name>fb::ApprovalQueueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Unit serial</source>
        <translation>यूनिट सीरियल</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>कॉल प्रकार</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>पार्ट</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
</context>
<context>
    <name>fb::ApprovalService</name>
    <message>
        <source>Give a reason for approving %1 (both CRMs record it).</source>
        <translation>%1 को स्वीकृत करने का कारण दें (दोनों CRM इसे दर्ज करते हैं)।</translation>
    </message>
    <message>
        <source>Give a reason for rejecting %1: the technician sees it.</source>
        <translation>%1 को अस्वीकार करने का कारण दें: तकनीशियन इसे देखेगा।</translation>
    </message>
    <message>
        <source>No part request %1 on this station: check the number.</source>
        <translation>इस स्टेशन पर कोई पार्ट अनुरोध %1 नहीं है: नंबर जाँचें।</translation>
    </message>
    <message>
        <source>Part request %1 is already %2%3: only a request waiting for approval can be decided.</source>
        <translation>पार्ट अनुरोध %1 पहले से %2%3 है: केवल स्वीकृति की प्रतीक्षा कर रहे अनुरोध पर निर्णय हो सकता है।</translation>
    </message>
    <message>
        <source> (decided in the new CRM)</source>
        <translation> (नए CRM में तय हुआ)</translation>
    </message>
</context>
<context>
    <name>fb::ApprovalsPage</name>
    <message>
        <source>Spare approval</source>
        <translation>स्पेयर स्वीकृति</translation>
    </message>
    <message>
        <source>Spare requests waiting</source>
        <translation>प्रतीक्षा में स्पेयर अनुरोध</translation>
    </message>
    <message>
        <source>The selected request and its complaint</source>
        <translation>चुना हुआ अनुरोध और उसकी शिकायत</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>निर्णय का कारण</translation>
    </message>
    <message>
        <source>Why (both CRMs and the technician see it); Up/Down choose the request</source>
        <translation>कारण (दोनों CRM और तकनीशियन इसे देखते हैं); Up/Down से अनुरोध चुनें</translation>
    </message>
    <message>
        <source>&amp;Approve  (%1)</source>
        <translation>स्वीकृत करें (&amp;A)  (%1)</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>चुना हुआ अनुरोध स्वीकृत करें</translation>
    </message>
    <message>
        <source>Re&amp;ject  (%1)</source>
        <translation>अस्वीकार करें (&amp;J)  (%1)</translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation>चुना हुआ अनुरोध अस्वीकार करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt; — here and in the new CRM</source>
        <translation>&lt;b&gt;निर्णय&lt;/b&gt; — यहाँ और नए CRM में</translation>
    </message>
    <message>
        <source>Refresh  (%1)</source>
        <translation>रीफ़्रेश करें  (%1)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>निर्णय</translation>
    </message>
    <message numerus="yes">
        <source>Approval queue refreshed: %n waiting.</source>
        <translation>
            <numerusform>स्वीकृति कतार रीफ़्रेश हुई: %n प्रतीक्षा में।</numerusform>
            <numerusform>स्वीकृति कतार रीफ़्रेश हुई: %n प्रतीक्षा में।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was %2 in the new CRM by %3: %4</source>
        <translation>%1 को नए CRM में %3 ने %2 किया: %4</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message numerus="yes">
        <source>%n spare request(s) waiting for approval, oldest first</source>
        <translation>
            <numerusform>%n स्पेयर अनुरोध स्वीकृति की प्रतीक्षा में, सबसे पुराना पहले</numerusform>
            <numerusform>%n स्पेयर अनुरोध स्वीकृति की प्रतीक्षा में, सबसे पुराना पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.</source>
        <translation>स्वीकृति के लिए कुछ भी प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <source>Choose a request (Up/Down).</source>
        <translation>एक अनुरोध चुनें (Up/Down)।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for complaint &lt;b&gt;%2&lt;/b&gt; (%3, %4 call, technician %5)&lt;br&gt;Customer %6 %7, %8 %9 · unit %10 · model %11&lt;br&gt;Parts: %12&lt;br&gt;Requested by %13 on %14%15</source>
        <translation>शिकायत &lt;b&gt;%2&lt;/b&gt; के लिए &lt;b&gt;%1&lt;/b&gt; (%3, %4 कॉल, तकनीशियन %5)&lt;br&gt;ग्राहक %6 %7, %8 %9 · यूनिट %10 · मॉडल %11&lt;br&gt;पार्ट: %12&lt;br&gt;%14 को %13 द्वारा अनुरोध किया गया%15</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>&lt;br&gt;Notes: %1</source>
        <translation>&lt;br&gt;टिप्पणी: %1</translation>
    </message>
    <message>
        <source>Nothing is selected: choose a request with Up/Down.</source>
        <translation>कुछ चुना नहीं गया: Up/Down से एक अनुरोध चुनें।</translation>
    </message>
    <message>
        <source>Approved %1 (%2): %3 — sent to both CRMs.</source>
        <translation>%1 (%2) स्वीकृत: %3 — दोनों CRM को भेजा गया।</translation>
    </message>
    <message>
        <source>Rejected %1 (%2): %3 — sent to both CRMs.</source>
        <translation>%1 (%2) अस्वीकृत: %3 — दोनों CRM को भेजा गया।</translation>
    </message>
</context>
<context>
    <name>fb::CallUpdateDialog</name>
    <message>
        <source>Call update — %1</source>
        <translation>कॉल अपडेट — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · now &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 · %2 · अभी &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>अगली स्थिति</translation>
    </message>
    <message>
        <source>No change — a visit note</source>
        <translation>कोई बदलाव नहीं — विज़िट टिप्पणी</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति (&amp;S):</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>विज़िट टिप्पणी</translation>
    </message>
    <message>
        <source>What was found or done at the visit</source>
        <translation>विज़िट में क्या मिला या क्या किया गया</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>टिप्पणी (&amp;N):</translation>
    </message>
    <message>
        <source>Save call update</source>
        <translation>कॉल अपडेट सहेजें</translation>
    </message>
    <message>
        <source>Ready: %1 saves.</source>
        <translation>तैयार: %1 सहेजता है।</translation>
    </message>
</context>
<context>
    <name>fb::ChallanRenderer</name>
    <message>
        <source>Cannot draw the barcode: out of memory.</source>
        <translation>बारकोड नहीं बन सका: मेमोरी कम है।</translation>
    </message>
    <message>
        <source>Cannot draw the barcode of %1: %2</source>
        <translation>%1 का बारकोड नहीं बन सका: %2</translation>
    </message>
    <message>
        <source>DELIVERY CHALLAN</source>
        <translation>डिलीवरी चालान</translation>
    </message>
    <message>
        <source>Goods sent on dispatch order — not a tax invoice</source>
        <translation>डिस्पैच ऑर्डर पर भेजा गया माल — टैक्स इनवॉइस नहीं</translation>
    </message>
    <message>
        <source>CANCELLED on %1 — %2</source>
        <translation>%1 को रद्द — %2</translation>
    </message>
    <message>
        <source>Challan / DO no.</source>
        <translation>चालान / DO नं.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ऑर्डर id</translation>
    </message>
    <message>
        <source>From warehouse</source>
        <translation>किस गोदाम से</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>डिस्ट्रीब्यूटर</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>बिल-टू</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>शिप-टू</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>परिवहन</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>ट्रांसपोर्टर</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>Vehicle no.</source>
        <translation>गाड़ी नं.</translation>
    </message>
    <message>
        <source>LR no.</source>
        <translation>LR नं.</translation>
    </message>
    <message>
        <source>E-way bill no.</source>
        <translation>ई-वे बिल नं.</translation>
    </message>
    <message>
        <source>Dispatched at</source>
        <translation>डिस्पैच का समय</translation>
    </message>
    <message>
        <source>Consignment value</source>
        <translation>माल का मूल्य</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message numerus="yes">
        <source>Goods — %n unit(s)</source>
        <translation>
            <numerusform>माल — %n यूनिट</numerusform>
            <numerusform>माल — %n यूनिट</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>यूनिट</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>ऑर्डर किए</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>सीरियल नंबर</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>सीरियल नंबर</translation>
    </message>
    <message>
        <source>Dispatched by</source>
        <translation>डिस्पैच करने वाले</translation>
    </message>
    <message>
        <source>Driver / transporter</source>
        <translation>ड्राइवर / ट्रांसपोर्टर</translation>
    </message>
    <message>
        <source>Received by (sign and stamp)</source>
        <translation>प्राप्तकर्ता (हस्ताक्षर और मोहर)</translation>
    </message>
    <message>
        <source>Operator %1 · station %2 · printed %3</source>
        <translation>ऑपरेटर %1 · स्टेशन %2 · प्रिंट %3</translation>
    </message>
    <message>
        <source>No printer or file to write the challan to.</source>
        <translation>चालान लिखने के लिए कोई प्रिंटर या फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>Delivery challan %1</source>
        <translation>डिलीवरी चालान %1</translation>
    </message>
    <message>
        <source>Could not write the challan to %1 — choose a folder you can write to.</source>
        <translation>चालान %1 में नहीं लिखा जा सका — ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकते हैं।</translation>
    </message>
</context>
<context>
    <name>fb::ChangesPuller</name>
    <message>
        <source>%1 is not a service master-data resource.</source>
        <translation>%1 सर्विस मास्टर-डेटा संसाधन नहीं है।</translation>
    </message>
    <message>
        <source>Pulling %1 from the new CRM failed: %2</source>
        <translation>नए CRM से %1 लाना विफल: %2</translation>
    </message>
    <message>
        <source>The new CRM answered %1 with something that is not a page of items.</source>
        <translation>नए CRM ने %1 का जवाब ऐसी चीज़ से दिया जो आइटमों का पेज नहीं है।</translation>
    </message>
</context>
<context>
    <name>fb::ComplaintDetailPanel</name>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Call update</source>
        <translation>कॉल अपडेट</translation>
    </message>
    <message>
        <source>Part request</source>
        <translation>पार्ट अनुरोध</translation>
    </message>
    <message>
        <source>Part update</source>
        <translation>पार्ट अपडेट</translation>
    </message>
    <message>
        <source>View document</source>
        <translation>दस्तावेज़ देखें</translation>
    </message>
    <message>
        <source>Return order</source>
        <translation>रिटर्न ऑर्डर</translation>
    </message>
    <message>
        <source>Edit codes</source>
        <translation>कोड बदलें</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Call updates</source>
        <translation>कॉल अपडेट</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call updates&lt;/b&gt;</source>
        <translation>&lt;b&gt;कॉल अपडेट&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>पार्ट</translation>
    </message>
    <message>
        <source>Spare approval</source>
        <translation>स्पेयर स्वीकृति</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Part requests</source>
        <translation>पार्ट अनुरोध</translation>
    </message>
    <message>
        <source>&lt;b&gt;Part requests&lt;/b&gt;</source>
        <translation>&lt;b&gt;पार्ट अनुरोध&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>अपडेट</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of the selected part request&lt;/b&gt;</source>
        <translation>&lt;b&gt;चुने हुए पार्ट अनुरोध के दस्तावेज़&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a complaint in the list to see it here.</source>
        <translation>यहाँ देखने के लिए सूची में से एक शिकायत चुनें।</translation>
    </message>
    <message>
        <source> · new CRM says &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · नया CRM कहता है &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Serial accepted by supervisor override: %1</source>
        <translation>&lt;br&gt;पर्यवेक्षक ओवरराइड से सीरियल स्वीकृत: %1</translation>
    </message>
    <message>
        <source>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; — &lt;b&gt;%2&lt;/b&gt;%3&lt;br&gt;Unit %4 · %5 · %6 call · registered %7&lt;br&gt;Customer &lt;b&gt;%8&lt;/b&gt; %9, %10, %11 %12 · Technician &lt;b&gt;%13&lt;/b&gt;%14&lt;br&gt;%15</source>
        <translation>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; — &lt;b&gt;%2&lt;/b&gt;%3&lt;br&gt;यूनिट %4 · %5 · %6 कॉल · दर्ज %7&lt;br&gt;ग्राहक &lt;b&gt;%8&lt;/b&gt; %9, %10, %11 %12 · तकनीशियन &lt;b&gt;%13&lt;/b&gt;%14&lt;br&gt;%15</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>new CRM</source>
        <translation>नया CRM</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>यह स्टेशन</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>पर्यवेक्षक की प्रतीक्षा</translation>
    </message>
    <message>
        <source>%1 in the new CRM by %2: %3</source>
        <translation>नए CRM में %2 द्वारा %1: %3</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%2 द्वारा %1: %3</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>यूनिट %1</translation>
    </message>
    <message>
        <source>Return orders: %1</source>
        <translation>रिटर्न ऑर्डर: %1</translation>
    </message>
    <message>
        <source>Call update saved: %1 is %2.</source>
        <translation>कॉल अपडेट सहेजा गया: %1 अब %2 है।</translation>
    </message>
    <message>
        <source>Part request %1 sent for approval.</source>
        <translation>पार्ट अनुरोध %1 स्वीकृति के लिए भेजा गया।</translation>
    </message>
    <message>
        <source>Part request %1 is now %2.</source>
        <translation>पार्ट अनुरोध %1 अब %2 है।</translation>
    </message>
    <message>
        <source>Choose a part request first (Tab to the part requests, Up/Down).</source>
        <translation>पहले एक पार्ट अनुरोध चुनें (Tab से पार्ट अनुरोधों पर जाएँ, Up/Down)।</translation>
    </message>
    <message>
        <source>Return order %1 created; both CRMs will get it.</source>
        <translation>रिटर्न ऑर्डर %1 बनाया गया; दोनों CRM को मिलेगा।</translation>
    </message>
    <message>
        <source>Codes of %1 saved: technician %2, customer %3.</source>
        <translation>%1 के कोड सहेजे गए: तकनीशियन %2, ग्राहक %3।</translation>
    </message>
</context>
<context>
    <name>fb::ComplaintListModel</name>
    <message>
        <source>%1 (new CRM: %2)</source>
        <translation>%1 (नया CRM: %2)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>कॉल प्रकार</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>तकनीशियन</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Unit serial</source>
        <translation>यूनिट सीरियल</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
</context>
<context>
    <name>fb::ComplaintService</name>
    <message>
        <source>Enter the customer code.</source>
        <translation>ग्राहक कोड डालें।</translation>
    </message>
    <message>
        <source>Customer code %1 is not valid: use 3–20 letters, digits or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>ग्राहक कोड %1 सही नहीं है: 3–20 अक्षर, अंक या &apos;-&apos; डालें, जो अक्षर या अंक से शुरू हो।</translation>
    </message>
    <message>
        <source>No products are known on this station yet: pull master data first.</source>
        <translation>इस स्टेशन पर अभी कोई उत्पाद ज्ञात नहीं है: पहले मास्टर डेटा लाएँ।</translation>
    </message>
    <message>
        <source>Scan or type the unit&apos;s serial number.</source>
        <translation>यूनिट का सीरियल नंबर स्कैन या टाइप करें।</translation>
    </message>
    <message>
        <source>Serial %1 was never dispatched (the register has it %2): a unit must have left the warehouse before it gets a complaint. A supervisor can accept it with a reason.</source>
        <translation>सीरियल %1 कभी डिस्पैच नहीं हुआ (रजिस्टर में यह %2 है): शिकायत से पहले यूनिट का गोदाम से निकलना ज़रूरी है। पर्यवेक्षक कारण देकर इसे स्वीकार कर सकते हैं।</translation>
    </message>
    <message>
        <source>Serial %1 is not in the serial register (never dispatched): a unit must have left the warehouse before it gets a complaint. A supervisor can accept it with a reason.</source>
        <translation>सीरियल %1 सीरियल रजिस्टर में नहीं है (कभी डिस्पैच नहीं हुआ): शिकायत से पहले यूनिट का गोदाम से निकलना ज़रूरी है। पर्यवेक्षक कारण देकर इसे स्वीकार कर सकते हैं।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>ग्राहक का नाम डालें।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s city.</source>
        <translation>ग्राहक का शहर डालें।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s state (MH, Maharashtra or GST code 27).</source>
        <translation>ग्राहक का राज्य डालें (MH, Maharashtra या GST कोड 27)।</translation>
    </message>
    <message>
        <source>State %1 is not an Indian state or union territory: use its two-letter code (MH), its name or its GST code.</source>
        <translation>राज्य %1 कोई भारतीय राज्य या केंद्र शासित प्रदेश नहीं है: उसका दो अक्षरों का कोड (MH), नाम या GST कोड डालें।</translation>
    </message>
    <message>
        <source>No call types are known on this station yet: pull master data first.</source>
        <translation>इस स्टेशन पर अभी कोई कॉल प्रकार ज्ञात नहीं है: पहले मास्टर डेटा लाएँ।</translation>
    </message>
    <message>
        <source>Choose a call type: %1.</source>
        <translation>कॉल प्रकार चुनें: %1।</translation>
    </message>
    <message>
        <source>Call type %1 is not known: choose one of %2.</source>
        <translation>कॉल प्रकार %1 ज्ञात नहीं है: %2 में से एक चुनें।</translation>
    </message>
    <message>
        <source>Product %1 has no models in master data: pull master data, or ask the new CRM&apos;s admin to add its models.</source>
        <translation>मास्टर डेटा में उत्पाद %1 का कोई मॉडल नहीं है: मास्टर डेटा लाएँ, या नए CRM के एडमिन से इसके मॉडल जोड़ने को कहें।</translation>
    </message>
    <message>
        <source>Serial %1 is a %2, which comes as %3: choose the model.</source>
        <translation>सीरियल %1 एक %2 है, जो %3 में आता है: मॉडल चुनें।</translation>
    </message>
    <message>
        <source>Model %1 is not a model of product %2 (serial %3): choose one of %4.</source>
        <translation>मॉडल %1 उत्पाद %2 का मॉडल नहीं है (सीरियल %3): %4 में से एक चुनें।</translation>
    </message>
    <message>
        <source>Master data does not say where model %1 is serviced: pull master data, or ask the new CRM&apos;s admin to add its region.</source>
        <translation>मास्टर डेटा में यह नहीं है कि मॉडल %1 की सर्विस कहाँ होती है: मास्टर डेटा लाएँ, या नए CRM के एडमिन से इसका क्षेत्र जोड़ने को कहें।</translation>
    </message>
    <message>
        <source>Model %1 is not sold or serviced in %2: it is serviced only in %3.</source>
        <translation>मॉडल %1 %2 में न बिकता है न उसकी सर्विस होती है: इसकी सर्विस केवल %3 में होती है।</translation>
    </message>
    <message>
        <source>Technician %1 is not known: check the code, or pull master data.</source>
        <translation>तकनीशियन %1 ज्ञात नहीं है: कोड जाँचें, या मास्टर डेटा लाएँ।</translation>
    </message>
    <message>
        <source>Technician %1 (%2) is inactive: assign an active technician.</source>
        <translation>तकनीशियन %1 (%2) निष्क्रिय है: किसी सक्रिय तकनीशियन को सौंपें।</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>No complaint %1 on this station: check the number.</source>
        <translation>इस स्टेशन पर कोई शिकायत %1 नहीं है: नंबर जाँचें।</translation>
    </message>
    <message>
        <source>Write what was done or found in the notes: every call update needs them.</source>
        <translation>टिप्पणी में लिखें कि क्या किया गया या क्या मिला: हर कॉल अपडेट में यह ज़रूरी है।</translation>
    </message>
    <message>
        <source>Complaint %1 is %2: it cannot be updated any more.</source>
        <translation>शिकायत %1 %2 है: इसे अब अपडेट नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Complaint %1 is %2 and cannot go to %3: from %2 it can go to %4.</source>
        <translation>शिकायत %1 %2 है और %3 पर नहीं जा सकती: %2 से यह %4 पर जा सकती है।</translation>
    </message>
    <message>
        <source>Complaint %1 has no technician: set the technician code before assigning it.</source>
        <translation>शिकायत %1 का कोई तकनीशियन नहीं है: सौंपने से पहले तकनीशियन कोड डालें।</translation>
    </message>
    <message>
        <source>Complaint %1 cannot be %2 while %3 part request(s) are open: wait for the decision, consume the parts, or have the request rejected first.</source>
        <translation>जब तक %3 पार्ट अनुरोध खुले हैं, शिकायत %1 %2 नहीं हो सकती: निर्णय की प्रतीक्षा करें, पार्ट इस्तेमाल करें, या पहले अनुरोध अस्वीकार करवाएँ।</translation>
    </message>
    <message>
        <source>Complaint %1 is %2: its codes can no longer change.</source>
        <translation>शिकायत %1 %2 है: इसके कोड अब नहीं बदल सकते।</translation>
    </message>
    <message>
        <source>Nothing to change: give a different technician code or customer code.</source>
        <translation>बदलने को कुछ नहीं: अलग तकनीशियन कोड या ग्राहक कोड दें।</translation>
    </message>
    <message>
        <source>Enter the complaint number.</source>
        <translation>शिकायत नंबर डालें।</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s serial number as well: a complaint is only shown to someone who has both.</source>
        <translation>यूनिट का सीरियल नंबर भी डालें: शिकायत केवल उसी को दिखाई जाती है जिसके पास दोनों हों।</translation>
    </message>
    <message>
        <source>No complaint matches that complaint number and serial number: check both.</source>
        <translation>उस शिकायत नंबर और सीरियल नंबर से कोई शिकायत नहीं मिली: दोनों जाँचें।</translation>
    </message>
</context>
<context>
    <name>fb::CrmStatusWidget</name>
    <message>
        <source>No URL set for %1 (Settings).</source>
        <translation>%1 के लिए URL सेट नहीं है (सेटिंग्स)।</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>रुका हुआ: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>अंतिम त्रुटि: %1</translation>
    </message>
</context>
<context>
    <name>fb::CrmTarget</name>
    <message>
        <source>No address is set for the new CRM: set crm.new.url (floorbridge-ctl config set crm.new.url URL).</source>
        <translation>नए CRM का पता सेट नहीं है: crm.new.url सेट करें (floorbridge-ctl config set crm.new.url URL)।</translation>
    </message>
    <message>
        <source>No address is set for the legacy CRM: set crm.legacy.url (floorbridge-ctl config set crm.legacy.url URL).</source>
        <translation>पुराने CRM का पता सेट नहीं है: crm.legacy.url सेट करें (floorbridge-ctl config set crm.legacy.url URL)।</translation>
    </message>
    <message>
        <source>No token for the new CRM: set one with &apos;floorbridge-ctl credentials set new&apos;.</source>
        <translation>नए CRM का टोकन नहीं है: &apos;floorbridge-ctl credentials set new&apos; से सेट करें।</translation>
    </message>
    <message>
        <source>No token for the new CRM (%1): set one with &apos;floorbridge-ctl credentials set new&apos;.</source>
        <translation>नए CRM का टोकन नहीं है (%1): &apos;floorbridge-ctl credentials set new&apos; से सेट करें।</translation>
    </message>
    <message>
        <source>No token for the legacy CRM: set one with &apos;floorbridge-ctl credentials set legacy&apos;.</source>
        <translation>पुराने CRM का टोकन नहीं है: &apos;floorbridge-ctl credentials set legacy&apos; से सेट करें।</translation>
    </message>
    <message>
        <source>No token for the legacy CRM (%1): set one with &apos;floorbridge-ctl credentials set legacy&apos;.</source>
        <translation>पुराने CRM का टोकन नहीं है (%1): &apos;floorbridge-ctl credentials set legacy&apos; से सेट करें।</translation>
    </message>
</context>
<context>
    <name>fb::Database</name>
    <message>
        <source>%1: the database %2 is locked by another program. Close the other Floorbridge window or tool using it, then try again.</source>
        <translation>%1: डेटाबेस %2 किसी दूसरे प्रोग्राम ने लॉक किया है। उसे इस्तेमाल कर रही दूसरी फ़्लोरब्रिज विंडो या टूल बंद करें, फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>%1: the database %2 cannot be written. Check that the folder exists and that you may write to it, or choose another with --data-dir.</source>
        <translation>%1: डेटाबेस %2 में लिखा नहीं जा सकता। जाँचें कि फ़ोल्डर मौजूद है और आपको उसमें लिखने की अनुमति है, या --data-dir से दूसरा चुनें।</translation>
    </message>
    <message>
        <source>%1: %2 is damaged or is not a Floorbridge database. It was left as it is; restore it from a backup or move it aside to start a fresh one.</source>
        <translation>%1: %2 खराब है या फ़्लोरब्रिज डेटाबेस नहीं है। इसे वैसे ही छोड़ा गया है; इसे बैकअप से वापस लाएँ या नया शुरू करने के लिए इसे अलग हटा दें।</translation>
    </message>
    <message>
        <source>%1: database %2 reported: %3</source>
        <translation>%1: डेटाबेस %2 ने बताया: %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the permissions or choose another with --data-dir.</source>
        <translation>डेटाबेस के लिए फ़ोल्डर %1 नहीं बन सका। अनुमतियाँ जाँचें या --data-dir से दूसरा चुनें।</translation>
    </message>
    <message>
        <source>There is no database at %1 yet.</source>
        <translation>%1 पर अभी कोई डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 एक फ़ोल्डर है, डेटाबेस फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Floorbridge (schema %2; this version knows up to %3). It was left untouched: install the newer Floorbridge, or choose another --data-dir.</source>
        <translation>डेटाबेस %1 फ़्लोरब्रिज के नए संस्करण ने लिखा है (स्कीमा %2; यह संस्करण %3 तक जानता है)। इसे छुआ नहीं गया: नया फ़्लोरब्रिज इंस्टॉल करें, या दूसरा --data-dir चुनें।</translation>
    </message>
    <message>
        <source>Cannot prepare</source>
        <translation>तैयार नहीं किया जा सका</translation>
    </message>
    <message>
        <source>Migration %1 failed</source>
        <translation>माइग्रेशन %1 विफल</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>सहेजा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>fb::DecisionsModel</name>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>in the new CRM (pulled)</source>
        <translation>नए CRM में (लाया गया)</translation>
    </message>
    <message>
        <source>at this station</source>
        <translation>इस स्टेशन पर</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>कहाँ तय हुआ</translation>
    </message>
</context>
<context>
    <name>fb::DeliveryLoop</name>
    <message>
        <source>No address is set for the %1 CRM: set crm.%1.url (for example &apos;floorbridge-ctl config set crm.%1.url https://…&apos;).</source>
        <translation>%1 CRM के लिए कोई पता सेट नहीं है: crm.%1.url सेट करें (जैसे &apos;floorbridge-ctl config set crm.%1.url https://…&apos;)।</translation>
    </message>
    <message>
        <source>No token for the %1 CRM: set one with &apos;floorbridge-ctl credentials set %1&apos;.</source>
        <translation>%1 CRM के लिए कोई टोकन नहीं है: &apos;floorbridge-ctl credentials set %1&apos; से एक सेट करें।</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts; the last answer was: %2</source>
        <translation>%1 प्रयासों के बाद छोड़ दिया; अंतिम जवाब था: %2</translation>
    </message>
    <message>
        <source>%1 (at %2). Set a new token with &apos;floorbridge-ctl credentials set %3&apos;, then resume sync for the %3 CRM.</source>
        <translation>%1 (%2 पर)। &apos;floorbridge-ctl credentials set %3&apos; से नया टोकन सेट करें, फिर %3 CRM के लिए सिंक फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Another process is delivering for this station (pid %1): this one does not send. Close the other Floorbridge window or &apos;floorbridge-ctl sync&apos; first.</source>
        <translation>इस स्टेशन के लिए कोई दूसरी प्रोसेस डिलीवरी कर रही है (pid %1): यह वाली नहीं भेजती। पहले दूसरी फ़्लोरब्रिज विंडो या &apos;floorbridge-ctl sync&apos; बंद करें।</translation>
    </message>
</context>
<context>
    <name>fb::DispatchCountsModel</name>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>स्कैन किए</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>ऑर्डर किए</translation>
    </message>
</context>
<context>
    <name>fb::DispatchLinesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>सीरियल</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>स्कैन किया</translation>
    </message>
</context>
<context>
    <name>fb::DispatchPage</name>
    <message>
        <source>%1 message</source>
        <translation>%1 संदेश</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>गोदाम</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>गोदाम (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Order id</source>
        <translation>ऑर्डर id (&amp;O)</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ऑर्डर id</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>पार्टी</translation>
    </message>
    <message>
        <source>party code, e.g. RET123 — fills bill-to and ship-to</source>
        <translation>पार्टी कोड, जैसे RET123 — बिल-टू और शिप-टू भर देता है</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>पार्टी (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Distributor</source>
        <translation>डिस्ट्रीब्यूटर (&amp;D)</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>डिस्ट्रीब्यूटर</translation>
    </message>
    <message>
        <source>Bill-to name</source>
        <translation>बिल-टू नाम</translation>
    </message>
    <message>
        <source>Bill-to code</source>
        <translation>बिल-टू कोड</translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation>GSTIN (&amp;G)</translation>
    </message>
    <message>
        <source>Bill-to GSTIN</source>
        <translation>बिल-टू GSTIN</translation>
    </message>
    <message>
        <source>Bill-to address</source>
        <translation>बिल-टू पता</translation>
    </message>
    <message>
        <source>Ship-to name</source>
        <translation>शिप-टू नाम</translation>
    </message>
    <message>
        <source>Ship-to code</source>
        <translation>शिप-टू कोड</translation>
    </message>
    <message>
        <source>Ship-to address</source>
        <translation>शिप-टू पता</translation>
    </message>
    <message>
        <source>&amp;Transporter</source>
        <translation>ट्रांसपोर्टर (&amp;T)</translation>
    </message>
    <message>
        <source>Transporter name</source>
        <translation>ट्रांसपोर्टर का नाम</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>परिवहन का तरीका</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>तरीका (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Vehicle no.</source>
        <translation>गाड़ी नं. (&amp;V)</translation>
    </message>
    <message>
        <source>Vehicle number</source>
        <translation>गाड़ी नंबर</translation>
    </message>
    <message>
        <source>&amp;LR no.</source>
        <translation>LR नं. (&amp;L)</translation>
    </message>
    <message>
        <source>LR number</source>
        <translation>LR नंबर</translation>
    </message>
    <message>
        <source>&amp;E-way bill no.</source>
        <translation>ई-वे बिल नं. (&amp;E)</translation>
    </message>
    <message>
        <source>E-way bill number</source>
        <translation>ई-वे बिल नंबर</translation>
    </message>
    <message>
        <source>Dispatch date-&amp;time</source>
        <translation>डिस्पैच तारीख-समय (&amp;T)</translation>
    </message>
    <message>
        <source>Dispatch date-time</source>
        <translation>डिस्पैच तारीख-समय</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>टिप्पणी (&amp;R)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Order &amp;quantities</source>
        <translation>ऑर्डर मात्रा (&amp;Q)</translation>
    </message>
    <message>
        <source>Order quantities</source>
        <translation>ऑर्डर मात्रा</translation>
    </message>
    <message>
        <source>optional: CGSTV32=2, CGSTV36=3</source>
        <translation>वैकल्पिक: CGSTV32=2, CGSTV36=3</translation>
    </message>
    <message>
        <source>&amp;Scan serial</source>
        <translation>सीरियल स्कैन करें (&amp;S)</translation>
    </message>
    <message>
        <source>Serial to dispatch</source>
        <translation>डिस्पैच करने का सीरियल</translation>
    </message>
    <message>
        <source>scan or type a serial, Enter</source>
        <translation>सीरियल स्कैन या टाइप करें, Enter</translation>
    </message>
    <message>
        <source>Scanned units message</source>
        <translation>स्कैन किए यूनिट का संदेश</translation>
    </message>
    <message>
        <source>Units per product</source>
        <translation>हर उत्पाद के यूनिट</translation>
    </message>
    <message>
        <source>Scanned units</source>
        <translation>स्कैन किए यूनिट</translation>
    </message>
    <message>
        <source>Submit dispatch (Ctrl+Enter)</source>
        <translation>डिस्पैच जमा करें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save challan PDF (Ctrl+S)</source>
        <translation>चालान PDF सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print challan (Ctrl+P)</source>
        <translation>चालान प्रिंट करें (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel dispatch…</source>
        <translation>डिस्पैच रद्द करें…</translation>
    </message>
    <message>
        <source>New dispatch (Ctrl+N)</source>
        <translation>नया डिस्पैच (Ctrl+N)</translation>
    </message>
    <message>
        <source>Submitted dispatch</source>
        <translation>जमा किया गया डिस्पैच</translation>
    </message>
    <message>
        <source>Recent dispatches (select one to reprint or cancel)</source>
        <translation>हाल के डिस्पैच (दोबारा प्रिंट या रद्द करने के लिए एक चुनें)</translation>
    </message>
    <message>
        <source>Recent dispatches</source>
        <translation>हाल के डिस्पैच</translation>
    </message>
    <message>
        <source>Order quantities &apos;%1&apos; are not understood — write product=quantity pairs separated by commas, e.g. CGSTV32=2, CGSTV36=3</source>
        <translation>ऑर्डर मात्रा &apos;%1&apos; समझ नहीं आई — उत्पाद=मात्रा जोड़े कॉमा से अलग करके लिखें, जैसे CGSTV32=2, CGSTV36=3</translation>
    </message>
    <message numerus="yes">
        <source>Your unfinished dispatch is back: %n unit(s) scanned.</source>
        <translation>
            <numerusform>आपका अधूरा डिस्पैच वापस आ गया: %n यूनिट स्कैन हुए।</numerusform>
            <numerusform>आपका अधूरा डिस्पैच वापस आ गया: %n यूनिट स्कैन हुए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · value %1</source>
        <translation>
            <numerusform>%n यूनिट · मूल्य %1</numerusform>
            <numerusform>%n यूनिट · मूल्य %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — line %3</source>
        <translation>%1 (%2) — पंक्ति %3</translation>
    </message>
    <message>
        <source>Scan the units being dispatched first.</source>
        <translation>पहले डिस्पैच होने वाले यूनिट स्कैन करें।</translation>
    </message>
    <message numerus="yes">
        <source>%1 submitted — %n unit(s), queued for both CRMs. Ctrl+S saves the challan, Ctrl+P prints it.</source>
        <translation>
            <numerusform>%1 जमा हुआ — %n यूनिट, दोनों CRM के लिए कतार में। Ctrl+S चालान सहेजता है, Ctrl+P उसे प्रिंट करता है।</numerusform>
            <numerusform>%1 जमा हुआ — %n यूनिट, दोनों CRM के लिए कतार में। Ctrl+S चालान सहेजता है, Ctrl+P उसे प्रिंट करता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatch %1 submitted.</source>
        <translation>डिस्पैच %1 जमा हुआ।</translation>
    </message>
    <message numerus="yes">
        <source>Dispatch %1 submitted: %n unit(s).</source>
        <translation>
            <numerusform>डिस्पैच %1 जमा हुआ: %n यूनिट।</numerusform>
            <numerusform>डिस्पैच %1 जमा हुआ: %n यूनिट।</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit a dispatch, or select one in the list, to save its challan.</source>
        <translation>चालान सहेजने के लिए डिस्पैच जमा करें, या सूची में से एक चुनें।</translation>
    </message>
    <message>
        <source>Save delivery challan</source>
        <translation>डिलीवरी चालान सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Challan %1 saved to %2</source>
        <translation>चालान %1, %2 में सहेजा गया</translation>
    </message>
    <message>
        <source>Submit a dispatch, or select one in the list, to print its challan.</source>
        <translation>चालान प्रिंट करने के लिए डिस्पैच जमा करें, या सूची में से एक चुनें।</translation>
    </message>
    <message>
        <source>Delivery challan %1</source>
        <translation>डिलीवरी चालान %1</translation>
    </message>
    <message>
        <source>printer %1</source>
        <translation>प्रिंटर %1</translation>
    </message>
    <message>
        <source>Challan %1 sent to %2</source>
        <translation>चालान %1, %2 को भेजा गया</translation>
    </message>
    <message>
        <source>Select the dispatch to cancel in the list.</source>
        <translation>रद्द करने के लिए सूची में डिस्पैच चुनें।</translation>
    </message>
    <message>
        <source>Cancel dispatch %1</source>
        <translation>डिस्पैच %1 रद्द करें</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? (goes to both CRMs)</source>
        <translation>%1 क्यों रद्द किया जा रहा है? (दोनों CRM को जाता है)</translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled: %n unit(s) back in stock; both CRMs will be told.</source>
        <translation>
            <numerusform>%1 रद्द: %n यूनिट वापस स्टॉक में; दोनों CRM को बताया जाएगा।</numerusform>
            <numerusform>%1 रद्द: %n यूनिट वापस स्टॉक में; दोनों CRM को बताया जाएगा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled before it reached a CRM: %n unit(s) back in stock; nothing was sent.</source>
        <translation>
            <numerusform>%1 किसी CRM तक पहुँचने से पहले रद्द: %n यूनिट वापस स्टॉक में; कुछ भी नहीं भेजा गया।</numerusform>
            <numerusform>%1 किसी CRM तक पहुँचने से पहले रद्द: %n यूनिट वापस स्टॉक में; कुछ भी नहीं भेजा गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>This dispatch has scanned units: submit it, or remove them, before starting another.</source>
        <translation>इस डिस्पैच में स्कैन किए यूनिट हैं: दूसरा शुरू करने से पहले इसे जमा करें, या उन्हें हटाएँ।</translation>
    </message>
    <message>
        <source>What the dispatch still needs</source>
        <translation>डिस्पैच में अभी क्या बाकी है</translation>
    </message>
    <message>
        <source>Ready to submit: Ctrl+Enter submits the dispatch.</source>
        <translation>जमा करने के लिए तैयार: Ctrl+Enter डिस्पैच जमा करता है।</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>जमा नहीं हुआ: %1</translation>
    </message>
</context>
<context>
    <name>fb::DispatchService</name>
    <message>
        <source>Warehouse is empty — choose the warehouse the units leave from, e.g. WH001</source>
        <translation>गोदाम खाली है — वह गोदाम चुनें जहाँ से यूनिट निकल रहे हैं, जैसे WH001</translation>
    </message>
    <message>
        <source>Warehouse %1 is not in the warehouse master — pull master data first</source>
        <translation>गोदाम %1 गोदाम मास्टर में नहीं है — पहले मास्टर डेटा लाएँ</translation>
    </message>
    <message>
        <source>Warehouse %1 is not in the warehouse master — choose one of %2</source>
        <translation>गोदाम %1 गोदाम मास्टर में नहीं है — %2 में से एक चुनें</translation>
    </message>
    <message>
        <source>Order id is empty — enter the sales order number, e.g. INDI-DO-000312</source>
        <translation>ऑर्डर id खाली है — सेल्स ऑर्डर नंबर डालें, जैसे INDI-DO-000312</translation>
    </message>
    <message>
        <source>Order id %1 has %2 characters — at most %3 are allowed</source>
        <translation>ऑर्डर id %1 में %2 अक्षर हैं — अधिकतम %3 की अनुमति है</translation>
    </message>
    <message>
        <source>Distributor is empty — choose the distributor from master data, e.g. D001</source>
        <translation>डिस्ट्रीब्यूटर खाली है — मास्टर डेटा से डिस्ट्रीब्यूटर चुनें, जैसे D001</translation>
    </message>
    <message>
        <source>Distributor %1 is not in the distributor master — choose one from the list or pull master data</source>
        <translation>डिस्ट्रीब्यूटर %1 डिस्ट्रीब्यूटर मास्टर में नहीं है — सूची में से एक चुनें या मास्टर डेटा लाएँ</translation>
    </message>
    <message>
        <source>Party is empty — choose the party from master data, e.g. RET123</source>
        <translation>पार्टी खाली है — मास्टर डेटा से पार्टी चुनें, जैसे RET123</translation>
    </message>
    <message>
        <source>Party %1 is not in the party master — choose one from the list or pull master data</source>
        <translation>पार्टी %1 पार्टी मास्टर में नहीं है — सूची में से एक चुनें या मास्टर डेटा लाएँ</translation>
    </message>
    <message>
        <source>Bill-to name is empty — choose the party to fill it, or type the name on the invoice</source>
        <translation>बिल-टू नाम खाली है — इसे भरने के लिए पार्टी चुनें, या इनवॉइस पर लिखा नाम टाइप करें</translation>
    </message>
    <message>
        <source>Bill-to name</source>
        <translation>बिल-टू नाम</translation>
    </message>
    <message>
        <source>Bill-to code is empty — choose the party to fill it, e.g. RET123</source>
        <translation>बिल-टू कोड खाली है — इसे भरने के लिए पार्टी चुनें, जैसे RET123</translation>
    </message>
    <message>
        <source>Bill-to code</source>
        <translation>बिल-टू कोड</translation>
    </message>
    <message>
        <source>Bill-to address is empty — choose the party to fill it, or type the address with state and PIN code</source>
        <translation>बिल-टू पता खाली है — इसे भरने के लिए पार्टी चुनें, या राज्य और पिन कोड के साथ पता टाइप करें</translation>
    </message>
    <message>
        <source>Bill-to address</source>
        <translation>बिल-टू पता</translation>
    </message>
    <message>
        <source>Ship-to name is empty — choose the party to fill it, or type where the goods go</source>
        <translation>शिप-टू नाम खाली है — इसे भरने के लिए पार्टी चुनें, या टाइप करें कि माल कहाँ जा रहा है</translation>
    </message>
    <message>
        <source>Ship-to name</source>
        <translation>शिप-टू नाम</translation>
    </message>
    <message>
        <source>Ship-to code is empty — choose the party to fill it, e.g. RET123-WH01</source>
        <translation>शिप-टू कोड खाली है — इसे भरने के लिए पार्टी चुनें, जैसे RET123-WH01</translation>
    </message>
    <message>
        <source>Ship-to code</source>
        <translation>शिप-टू कोड</translation>
    </message>
    <message>
        <source>Ship-to address is empty — type the delivery address with state and PIN code</source>
        <translation>शिप-टू पता खाली है — राज्य और पिन कोड के साथ डिलीवरी का पता टाइप करें</translation>
    </message>
    <message>
        <source>Ship-to address</source>
        <translation>शिप-टू पता</translation>
    </message>
    <message>
        <source>Transporter name is empty — enter the transporter, e.g. BlueDart Logistics</source>
        <translation>ट्रांसपोर्टर का नाम खाली है — ट्रांसपोर्टर डालें, जैसे BlueDart Logistics</translation>
    </message>
    <message>
        <source>Transporter name</source>
        <translation>ट्रांसपोर्टर का नाम</translation>
    </message>
    <message>
        <source>Transport mode is empty — choose ROAD, RAIL, AIR or SHIP</source>
        <translation>परिवहन का तरीका खाली है — ROAD, RAIL, AIR या SHIP चुनें</translation>
    </message>
    <message>
        <source>E-way bill number is required: the consignment is worth %1, over the %2 e-way bill threshold — enter the 12-digit e-way bill number</source>
        <translation>ई-वे बिल नंबर ज़रूरी है: माल का मूल्य %1 है, जो ई-वे बिल की सीमा %2 से ज़्यादा है — 12 अंकों का ई-वे बिल नंबर डालें</translation>
    </message>
    <message>
        <source>Dispatch date-time is empty — enter when the goods leave, e.g. 2025-09-25 17:05</source>
        <translation>डिस्पैच तारीख-समय खाली है — माल कब निकल रहा है, डालें, जैसे 2025-09-25 17:05</translation>
    </message>
    <message>
        <source>Dispatch date-time &apos;%1&apos; is not a date and time — use YYYY-MM-DD HH:MM, e.g. 2025-09-25 17:05</source>
        <translation>डिस्पैच तारीख-समय &apos;%1&apos; तारीख और समय नहीं है — YYYY-MM-DD HH:MM लिखें, जैसे 2025-09-25 17:05</translation>
    </message>
    <message>
        <source>Dispatch date-time %1 is in the future (now %2) — enter when the goods actually leave; up to %3 minutes ahead is allowed</source>
        <translation>डिस्पैच तारीख-समय %1 भविष्य में है (अभी %2) — माल असल में कब निकल रहा है, वह डालें; अधिकतम %3 मिनट आगे की अनुमति है</translation>
    </message>
    <message>
        <source>Dispatch date-time %1 is before serial %2 was inwarded (%3) — goods cannot leave before they arrived</source>
        <translation>डिस्पैच तारीख-समय %1 सीरियल %2 के इनवर्ड (%3) से पहले का है — माल आने से पहले नहीं निकल सकता</translation>
    </message>
    <message>
        <source>Remarks have %1 characters — at most %2 are allowed</source>
        <translation>टिप्पणी में %1 अक्षर हैं — अधिकतम %2 की अनुमति है</translation>
    </message>
    <message>
        <source>No units scanned — scan the serials being dispatched</source>
        <translation>कोई यूनिट स्कैन नहीं हुआ — डिस्पैच होने वाले सीरियल स्कैन करें</translation>
    </message>
    <message>
        <source>Order %1 lists %2 × %3 but %4 are scanned — scan %5 more</source>
        <translation>ऑर्डर %1 में %2 × %3 हैं पर %4 स्कैन हुए — %5 और स्कैन करें</translation>
    </message>
    <message>
        <source>Dispatch draft #%1 does not exist.</source>
        <translation>डिस्पैच ड्राफ़्ट #%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Dispatch #%1 is %2, not an open draft — start a new dispatch.</source>
        <translation>डिस्पैच #%1 %2 है, खुला ड्राफ़्ट नहीं — नया डिस्पैच शुरू करें।</translation>
    </message>
    <message>
        <source>The warehouse cannot change while units from %1 are scanned — remove them first, or submit this dispatch and start another</source>
        <translation>जब तक %1 के यूनिट स्कैन किए हुए हैं, गोदाम नहीं बदल सकता — पहले उन्हें हटाएँ, या यह डिस्पैच जमा करके दूसरा शुरू करें</translation>
    </message>
    <message>
        <source>Serial %1 was never inwarded — it is not in the serial register; inward it into %2 first</source>
        <translation>सीरियल %1 का कभी इनवर्ड नहीं हुआ — यह सीरियल रजिस्टर में नहीं है; पहले इसे %2 में इनवर्ड करें</translation>
    </message>
    <message>
        <source>Serial %1 was never inwarded — it was generated but never inwarded into a warehouse; inward it into %2 first</source>
        <translation>सीरियल %1 का कभी इनवर्ड नहीं हुआ — यह बनाया गया पर किसी गोदाम में इनवर्ड नहीं हुआ; पहले इसे %2 में इनवर्ड करें</translation>
    </message>
    <message>
        <source>Serial %1 was already dispatched on %2 to %3 — it is not in stock</source>
        <translation>सीरियल %1 पहले ही %2 को %3 को डिस्पैच हो चुका है — यह स्टॉक में नहीं है</translation>
    </message>
    <message>
        <source>an earlier dispatch</source>
        <translation>एक पिछला डिस्पैच</translation>
    </message>
    <message>
        <source>a party</source>
        <translation>एक पार्टी</translation>
    </message>
    <message>
        <source>Serial %1 was returned (%2) and is not in stock — inward it again before dispatching it</source>
        <translation>सीरियल %1 वापस आया था (%2) और स्टॉक में नहीं है — डिस्पैच से पहले इसे फिर से इनवर्ड करें</translation>
    </message>
    <message>
        <source>Serial %1 is in warehouse %2, not %3 — dispatch it from %2</source>
        <translation>सीरियल %1 गोदाम %2 में है, %3 में नहीं — इसे %2 से डिस्पैच करें</translation>
    </message>
    <message>
        <source>Serial %1 is in another open dispatch draft (#%2, operator %3, station %4) — remove it there or finish that dispatch first</source>
        <translation>सीरियल %1 एक दूसरे खुले डिस्पैच ड्राफ़्ट में है (#%2, ऑपरेटर %3, स्टेशन %4) — उसे वहाँ से हटाएँ या पहले वह डिस्पैच पूरा करें</translation>
    </message>
    <message>
        <source>Choose the warehouse the units leave from before scanning</source>
        <translation>स्कैन करने से पहले वह गोदाम चुनें जहाँ से यूनिट निकल रहे हैं</translation>
    </message>
    <message>
        <source>Serial %1 is already on this dispatch (line %2)</source>
        <translation>सीरियल %1 पहले से इस डिस्पैच में है (पंक्ति %2)</translation>
    </message>
    <message>
        <source>Serial %1 is a %2, which order %3 does not list — the order lists %4</source>
        <translation>सीरियल %1 एक %2 है, जो ऑर्डर %3 में नहीं है — ऑर्डर में %4 हैं</translation>
    </message>
    <message>
        <source>Order %1 lists %2 × %3 and all %2 are scanned — serial %4 would be one too many</source>
        <translation>ऑर्डर %1 में %2 × %3 हैं और सभी %2 स्कैन हो चुके — सीरियल %4 एक ज़्यादा हो जाएगा</translation>
    </message>
    <message>
        <source>Serial %1 is not on this dispatch.</source>
        <translation>सीरियल %1 इस डिस्पैच में नहीं है।</translation>
    </message>
    <message>
        <source>%1 units, order %2, party %3, warehouse %4, value %5</source>
        <translation>%1 यूनिट, ऑर्डर %2, पार्टी %3, गोदाम %4, मूल्य %5</translation>
    </message>
    <message>
        <source>Say why %1 is cancelled — the reason goes to both CRMs and the audit log</source>
        <translation>बताएँ कि %1 क्यों रद्द हो रहा है — कारण दोनों CRM और ऑडिट लॉग में जाता है</translation>
    </message>
    <message>
        <source>There is no dispatch %1 on this station.</source>
        <translation>इस स्टेशन पर कोई डिस्पैच %1 नहीं है।</translation>
    </message>
    <message>
        <source>%1 was already cancelled on %2 (%3).</source>
        <translation>%1 पहले ही %2 को रद्द हो चुका है (%3)।</translation>
    </message>
    <message>
        <source>%1 is not a submitted dispatch.</source>
        <translation>%1 जमा किया गया डिस्पैच नहीं है।</translation>
    </message>
    <message>
        <source>%1 is being sent to the %2 CRM right now — try the cancellation again in a minute</source>
        <translation>%1 अभी %2 CRM को भेजा जा रहा है — एक मिनट बाद फिर से रद्द करने की कोशिश करें</translation>
    </message>
    <message>
        <source>dispatch %1 cancelled before it reached a CRM: %2</source>
        <translation>डिस्पैच %1 किसी CRM तक पहुँचने से पहले रद्द: %2</translation>
    </message>
    <message>
        <source>after it reached a CRM: cancellation sent to both CRMs; </source>
        <translation>CRM तक पहुँचने के बाद: रद्द करने की सूचना दोनों CRM को भेजी गई; </translation>
    </message>
    <message>
        <source>before it reached a CRM: %1 unsent events dropped; </source>
        <translation>CRM तक पहुँचने से पहले: %1 न भेजे गए इवेंट हटाए गए; </translation>
    </message>
    <message>
        <source>%1 units back in stock at %2; reason: %3</source>
        <translation>%1 यूनिट वापस %2 के स्टॉक में; कारण: %3</translation>
    </message>
</context>
<context>
    <name>fb::DispatchStore</name>
    <message>
        <source>Dispatch #%1 is no longer %2 — another window changed it; reopen it to see where it stands.</source>
        <translation>डिस्पैच #%1 अब %2 नहीं है — किसी दूसरी विंडो ने इसे बदल दिया; इसकी स्थिति देखने के लिए इसे फिर से खोलें।</translation>
    </message>
</context>
<context>
    <name>fb::DocumentNumbers</name>
    <message>
        <source>The setting station.number is &apos;%1&apos;: it must be a whole number from 1 to 9, different on every station (station k numbers serials and documents k001–k999 each day). Fix it with &apos;floorbridge-ctl config set station.number K&apos;.</source>
        <translation>सेटिंग station.number &apos;%1&apos; है: यह 1 से 9 तक की पूर्ण संख्या होनी चाहिए, हर स्टेशन पर अलग (स्टेशन k हर दिन सीरियल और दस्तावेज़ k001–k999 क्रमांकित करता है)। इसे &apos;floorbridge-ctl config set station.number K&apos; से ठीक करें।</translation>
    </message>
    <message>
        <source>Station number %1 is outside 1–9.</source>
        <translation>स्टेशन नंबर %1 1–9 के बाहर है।</translation>
    </message>
    <message>
        <source>All %1 %2 numbers of this station for %3 are used (block %4–%5). Continue tomorrow or from another station.</source>
        <translation>इस स्टेशन के %3 के लिए सभी %1 %2 नंबर इस्तेमाल हो चुके हैं (ब्लॉक %4–%5)। कल जारी रखें या किसी दूसरे स्टेशन से।</translation>
    </message>
    <message>
        <source>No serial numbers are left for %1 today on this station (block %2–%3 is used up). Generate more tomorrow, or on another station.</source>
        <translation>इस स्टेशन पर आज %1 के लिए कोई सीरियल नंबर बाकी नहीं है (ब्लॉक %2–%3 खत्म)। कल और बनाएँ, या किसी दूसरे स्टेशन पर।</translation>
    </message>
    <message>
        <source>Only 1 serial number is left for %1 today on this station (block %2–%3).</source>
        <translation>इस स्टेशन पर आज %1 के लिए केवल 1 सीरियल नंबर बाकी है (ब्लॉक %2–%3)।</translation>
    </message>
    <message>
        <source>Only %1 serial numbers are left for %2 today on this station (block %3–%4).</source>
        <translation>इस स्टेशन पर आज %2 के लिए केवल %1 सीरियल नंबर बाकी हैं (ब्लॉक %3–%4)।</translation>
    </message>
</context>
<context>
    <name>fb::EditCodesDialog</name>
    <message>
        <source>Technician and customer codes — %1</source>
        <translation>तकनीशियन और ग्राहक कोड — %1</translation>
    </message>
    <message>
        <source>Technician code</source>
        <translation>तकनीशियन कोड</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 रखें</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>तकनीशियन (&amp;T):</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>ग्राहक कोड</translation>
    </message>
    <message>
        <source>&amp;Customer code:</source>
        <translation>ग्राहक कोड (&amp;C):</translation>
    </message>
    <message>
        <source>Save codes</source>
        <translation>कोड सहेजें</translation>
    </message>
</context>
<context>
    <name>fb::FailedQueueModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>इवेंट</translation>
    </message>
    <message>
        <source>Ordering key</source>
        <translation>क्रम कुंजी</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>अंतिम त्रुटि</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>कब विफल हुआ</translation>
    </message>
</context>
<context>
    <name>fb::FieldMessages</name>
    <message>
        <source>Problem with %1</source>
        <translation>%1 में समस्या</translation>
    </message>
</context>
<context>
    <name>fb::FormValidation</name>
    <message>
        <source>fill in or correct the fields marked ✗ — each says what it needs.</source>
        <translation>✗ वाले फ़ील्ड भरें या सुधारें — हर फ़ील्ड बताता है कि उसे क्या चाहिए।</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>अभी बाकी: %1</translation>
    </message>
    <message>
        <source>To correct: %1</source>
        <translation>सुधारना है: %1</translation>
    </message>
</context>
<context>
    <name>fb::GeneratePage</name>
    <message>
        <source>Serial generation</source>
        <translation>सीरियल बनाना</translation>
    </message>
    <message>
        <source>Choose a product (type its code)</source>
        <translation>उत्पाद चुनें (उसका कोड टाइप करें)</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>उत्पाद (&amp;P):</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>मात्रा (&amp;Q):</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Generate  (Enter / %1)</source>
        <translation>बनाएँ (&amp;G)  (Enter / %1)</translation>
    </message>
    <message>
        <source>Generated serial numbers</source>
        <translation>बनाए गए सीरियल नंबर</translation>
    </message>
    <message>
        <source>No products in the master data yet: pull master data (Sync page) first.</source>
        <translation>मास्टर डेटा में अभी कोई उत्पाद नहीं है: पहले मास्टर डेटा लाएँ (सिंक पेज)।</translation>
    </message>
    <message>
        <source>Choose a product to see how many serial numbers are left today.</source>
        <translation>आज कितने सीरियल नंबर बाकी हैं, यह देखने के लिए उत्पाद चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s) left today for %1 on this station (block %2–%3, next %4).</source>
        <translation>
            <numerusform>इस स्टेशन पर आज %1 के लिए %n सीरियल नंबर बाकी (ब्लॉक %2–%3, अगला %4)।</numerusform>
            <numerusform>इस स्टेशन पर आज %1 के लिए %n सीरियल नंबर बाकी (ब्लॉक %2–%3, अगला %4)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated on %1 (sent to both CRMs):</source>
        <translation>%1 को बनाए गए (दोनों CRM को भेजे गए):</translation>
    </message>
    <message>
        <source>✓ Generated %1</source>
        <translation>✓ %1 बनाया गया</translation>
    </message>
    <message numerus="yes">
        <source>✓ Generated %n serial numbers: %1 … %2</source>
        <translation>
            <numerusform>✓ %n सीरियल नंबर बनाए गए: %1 … %2</numerusform>
            <numerusform>✓ %n सीरियल नंबर बनाए गए: %1 … %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n serial number(s) for %1.</source>
        <translation>
            <numerusform>%1 के लिए %n सीरियल नंबर बनाए गए।</numerusform>
            <numerusform>%1 के लिए %n सीरियल नंबर बनाए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>लेबल प्रिंट करें</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>लेबल PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>P&amp;rint labels  (%1)</source>
        <translation>लेबल प्रिंट करें (&amp;R)  (%1)</translation>
    </message>
    <message>
        <source>Save labels as P&amp;DF…  (%1)</source>
        <translation>लेबल PDF के रूप में सहेजें (&amp;D)…  (%1)</translation>
    </message>
    <message>
        <source>Generate serial numbers first: their labels are printed from here.</source>
        <translation>पहले सीरियल नंबर बनाएँ: उनके लेबल यहाँ से प्रिंट होते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Print a label for each of the %n serial number(s) above.</source>
        <translation>
            <numerusform>ऊपर के %n सीरियल नंबर में से हर एक का लेबल प्रिंट करें।</numerusform>
            <numerusform>ऊपर के %n सीरियल नंबर में से हर एक का लेबल प्रिंट करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the labels of the %n serial number(s) above as a PDF file (one page per label).</source>
        <translation>
            <numerusform>ऊपर के %n सीरियल नंबर के लेबल PDF फ़ाइल के रूप में सहेजें (हर लेबल का एक पेज)।</numerusform>
            <numerusform>ऊपर के %n सीरियल नंबर के लेबल PDF फ़ाइल के रूप में सहेजें (हर लेबल का एक पेज)।</numerusform>
        </translation>
    </message>
    <message>
        <source>No labels to print yet: generate serial numbers first.</source>
        <translation>प्रिंट करने को अभी कोई लेबल नहीं: पहले सीरियल नंबर बनाएँ।</translation>
    </message>
    <message>
        <source>No labels to save yet: generate serial numbers first.</source>
        <translation>सहेजने को अभी कोई लेबल नहीं: पहले सीरियल नंबर बनाएँ।</translation>
    </message>
    <message>
        <source>Printing cancelled: no labels printed.</source>
        <translation>प्रिंट रद्द: कोई लेबल प्रिंट नहीं हुआ।</translation>
    </message>
    <message>
        <source>Nothing saved.</source>
        <translation>कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n label(s) (%1) on %2.</source>
        <translation>
            <numerusform>%2 पर %n लेबल (%1) दोबारा प्रिंट किए गए।</numerusform>
            <numerusform>%2 पर %n लेबल (%1) दोबारा प्रिंट किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n label(s) (%1) on %2.</source>
        <translation>
            <numerusform>%2 पर %n लेबल (%1) प्रिंट किए गए।</numerusform>
            <numerusform>%2 पर %n लेबल (%1) प्रिंट किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) again (%1) to %2.</source>
        <translation>
            <numerusform>%n लेबल (%1) फिर से %2 में सहेजे गए।</numerusform>
            <numerusform>%n लेबल (%1) फिर से %2 में सहेजे गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) (%1) to %2.</source>
        <translation>
            <numerusform>%n लेबल (%1) %2 में सहेजे गए।</numerusform>
            <numerusform>%n लेबल (%1) %2 में सहेजे गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::HidPosDevice</name>
    <message>
        <source>The HID library could not start.</source>
        <translation>HID लाइब्रेरी शुरू नहीं हो सकी।</translation>
    </message>
</context>
<context>
    <name>fb::HidPosReportParser</name>
    <message>
        <source>The HID scanner sent a report of %1 bytes, too short for a code. Set the scanner to HID POS mode (not keyboard) and scan again.</source>
        <translation>HID स्कैनर ने %1 बाइट की रिपोर्ट भेजी, जो कोड के लिए बहुत छोटी है। स्कैनर को HID POS मोड (कीबोर्ड नहीं) में सेट करें और फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>The HID scanner&apos;s report says it holds %1 bytes of code but only has room for %2. Scan the code again; if it keeps happening, the scanner is not in HID POS mode.</source>
        <translation>HID स्कैनर की रिपोर्ट कहती है कि उसमें कोड के %1 बाइट हैं पर जगह केवल %2 की है। कोड फिर से स्कैन करें; अगर ऐसा बार-बार हो, तो स्कैनर HID POS मोड में नहीं है।</translation>
    </message>
    <message>
        <source>The HID scanner kept sending one code past %1 bytes; it was dropped. Scan again.</source>
        <translation>HID स्कैनर %1 बाइट के बाद भी एक ही कोड भेजता रहा; उसे छोड़ दिया गया। फिर से स्कैन करें।</translation>
    </message>
</context>
<context>
    <name>fb::HidPosScanner</name>
    <message>
        <source>HID POS scanner</source>
        <translation>HID POS स्कैनर</translation>
    </message>
    <message>
        <source>HID POS scanner %1:%2</source>
        <translation>HID POS स्कैनर %1:%2</translation>
    </message>
    <message>
        <source>Looking for the %1…</source>
        <translation>%1 ढूँढ रहे हैं…</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 रुका।</translation>
    </message>
    <message>
        <source>The %1 is plugged in but in keyboard mode. Scan the &apos;USB HID POS&apos; setup code from the scanner&apos;s manual, or choose &apos;wedge&apos; in Settings → Scanner.</source>
        <translation>%1 लगा हुआ है पर कीबोर्ड मोड में है। स्कैनर की मैनुअल से &apos;USB HID POS&apos; सेटअप कोड स्कैन करें, या सेटिंग्स → स्कैनर में &apos;wedge&apos; चुनें।</translation>
    </message>
    <message>
        <source>No %1 is plugged in — waiting for it. Check the cable, or the vendor and product id in Settings → Scanner.</source>
        <translation>कोई %1 लगा नहीं है — इंतज़ार। केबल जाँचें, या सेटिंग्स → स्कैनर में vendor और product id।</translation>
    </message>
    <message>
        <source>The %1 on %2 cannot be opened (%3). The station user needs read access to it: install the udev rule from docs/scanners.md and plug it in again.</source>
        <translation>%2 पर %1 खोला नहीं जा सकता (%3)। स्टेशन यूज़र को इसे पढ़ने की अनुमति चाहिए: docs/scanners.md से udev नियम इंस्टॉल करें और इसे फिर से लगाएँ।</translation>
    </message>
    <message>
        <source>%1 ready (%2).</source>
        <translation>%1 तैयार (%2)।</translation>
    </message>
    <message>
        <source>%1 on %2 unplugged — waiting for it to come back.</source>
        <translation>%2 पर %1 निकाल दिया गया — वापस लगने का इंतज़ार।</translation>
    </message>
    <message>
        <source>The HID scanner started a code but did not finish it; it was dropped. Scan again.</source>
        <translation>HID स्कैनर ने कोड शुरू किया पर पूरा नहीं किया; उसे छोड़ दिया गया। फिर से स्कैन करें।</translation>
    </message>
</context>
<context>
    <name>fb::InwardModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>सीरियल</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
</context>
<context>
    <name>fb::InwardPage</name>
    <message>
        <source>Inward</source>
        <translation>इनवर्ड</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>गोदाम (&amp;W):</translation>
    </message>
    <message>
        <source>Choose the warehouse (Alt+W)</source>
        <translation>गोदाम चुनें (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>स्कैन (&amp;S):</translation>
    </message>
    <message>
        <source>Scan a unit, or type its serial and press Enter</source>
        <translation>यूनिट स्कैन करें, या उसका सीरियल टाइप करके Enter दबाएँ</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>सीरियल नंबर</translation>
    </message>
    <message>
        <source>Accepted (Up/Down to pick a row, Delete to remove it)</source>
        <translation>स्वीकृत (पंक्ति चुनने के लिए Up/Down, हटाने के लिए Delete)</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>अंतिम स्कैन वापस लें</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>फ़ाइल आयात करें…</translation>
    </message>
    <message>
        <source>Submit inward</source>
        <translation>इनवर्ड जमा करें</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n unit(s)</source>
        <translation>
            <numerusform>कुल: %n यूनिट</numerusform>
            <numerusform>कुल: %n यूनिट</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: none</source>
        <translation>अस्वीकृत: कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n — put these units aside</source>
        <translation>
            <numerusform>अस्वीकृत: %n — इन यूनिट को अलग रखें</numerusform>
            <numerusform>अस्वीकृत: %n — इन यूनिट को अलग रखें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed your open inward into %1: %n unit(s) scanned so far.</source>
        <translation>
            <numerusform>%1 में आपका खुला इनवर्ड फिर से शुरू: अब तक %n यूनिट स्कैन हुए।</numerusform>
            <numerusform>%1 में आपका खुला इनवर्ड फिर से शुरू: अब तक %n यूनिट स्कैन हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>New inward: starts with the first scan.</source>
        <translation>नया इनवर्ड: पहले स्कैन से शुरू होगा।</translation>
    </message>
    <message>
        <source>Inward draft %1 (saved after every scan)</source>
        <translation>इनवर्ड ड्राफ़्ट %1 (हर स्कैन के बाद सहेजा जाता है)</translation>
    </message>
    <message>
        <source>✓ %1 accepted</source>
        <translation>✓ %1 स्वीकृत</translation>
    </message>
    <message>
        <source>⚠ %1 accepted — %2</source>
        <translation>⚠ %1 स्वीकृत — %2</translation>
    </message>
    <message>
        <source>Nothing to undo: this inward has no scanned units.</source>
        <translation>वापस लेने को कुछ नहीं: इस इनवर्ड में कोई स्कैन किया यूनिट नहीं है।</translation>
    </message>
    <message>
        <source>↶ %1 taken out of this inward (undo).</source>
        <translation>↶ %1 इस इनवर्ड से निकाला गया (वापस लिया)।</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>वापस लिया: %1</translation>
    </message>
    <message>
        <source>Pick a row first: Up and Down in the scan field move through the rows, Delete removes the picked one.</source>
        <translation>पहले एक पंक्ति चुनें: स्कैन फ़ील्ड में Up और Down से पंक्तियाँ बदलें, Delete चुनी हुई पंक्ति हटाता है।</translation>
    </message>
    <message>
        <source>%1 removed from this inward.</source>
        <translation>%1 इस इनवर्ड से हटाया गया।</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>हटाया गया: %1</translation>
    </message>
    <message>
        <source>Nothing to submit: scan the units first.</source>
        <translation>जमा करने को कुछ नहीं: पहले यूनिट स्कैन करें।</translation>
    </message>
    <message numerus="yes">
        <source>✓ Inward %1 submitted: %n unit(s) into %2.</source>
        <translation>
            <numerusform>✓ इनवर्ड %1 जमा हुआ: %2 में %n यूनिट।</numerusform>
            <numerusform>✓ इनवर्ड %1 जमा हुआ: %2 में %n यूनिट।</numerusform>
        </translation>
    </message>
    <message>
        <source>Last inward: %1</source>
        <translation>अंतिम इनवर्ड: %1</translation>
    </message>
    <message>
        <source>Import serial numbers</source>
        <translation>सीरियल नंबर आयात करें</translation>
    </message>
    <message>
        <source>Serial lists (*.txt *.csv);;All files (*)</source>
        <translation>सीरियल सूचियाँ (*.txt *.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>✗ Cannot read %1: %2</source>
        <translation>✗ %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 आयात हो रहा है…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) read</source>
        <translation>
            <numerusform>%1: %n पंक्तियाँ पढ़ी गईं</numerusform>
            <numerusform>%1: %n पंक्तियाँ पढ़ी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n स्वीकृत</numerusform>
            <numerusform>%n स्वीकृत</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with a warning)</source>
        <translation>
            <numerusform>(%n चेतावनी के साथ)</numerusform>
            <numerusform>(%n चेतावनी के साथ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n अस्वीकृत</numerusform>
            <numerusform>%n अस्वीकृत</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before the end of the file</source>
        <translation>फ़ाइल के अंत से पहले रोका गया</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>आयात सारांश</translation>
    </message>
    <message>
        <source>Line %1: %2 — refused: %3</source>
        <translation>पंक्ति %1: %2 — अस्वीकृत: %3</translation>
    </message>
    <message>
        <source>Line %1: %2 — accepted with a warning: %3</source>
        <translation>पंक्ति %1: %2 — चेतावनी के साथ स्वीकृत: %3</translation>
    </message>
    <message>
        <source>Accepted scans</source>
        <translation>स्वीकृत स्कैन</translation>
    </message>
    <message>
        <source>Units per product</source>
        <translation>हर उत्पाद के यूनिट</translation>
    </message>
    <message>
        <source>Refused scans</source>
        <translation>अस्वीकृत स्कैन</translation>
    </message>
    <message>
        <source>Refused and warned lines</source>
        <translation>अस्वीकृत और चेतावनी वाली पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>fb::InwardService</name>
    <message>
        <source>Choose the warehouse the goods are coming into.</source>
        <translation>वह गोदाम चुनें जिसमें माल आ रहा है।</translation>
    </message>
    <message>
        <source>There is no warehouse %1 in the master data. Choose one from the list, or pull master data if it was added in the CRM today.</source>
        <translation>मास्टर डेटा में कोई गोदाम %1 नहीं है। सूची में से एक चुनें, या अगर इसे आज CRM में जोड़ा गया है तो मास्टर डेटा लाएँ।</translation>
    </message>
    <message>
        <source>There is no inward draft %1 on this station.</source>
        <translation>इस स्टेशन पर इनवर्ड ड्राफ़्ट %1 नहीं है।</translation>
    </message>
    <message>
        <source>Nothing was scanned: scan the serial barcode, or type the serial and press Enter.</source>
        <translation>कुछ स्कैन नहीं हुआ: सीरियल बारकोड स्कैन करें, या सीरियल टाइप करके Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Nothing to undo: this inward has no scanned units.</source>
        <translation>वापस लेने को कुछ नहीं: इस इनवर्ड में कोई स्कैन किया यूनिट नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not in this inward.</source>
        <translation>%1 इस इनवर्ड में नहीं है।</translation>
    </message>
    <message>
        <source>Nothing to submit: scan the units first.</source>
        <translation>जमा करने को कुछ नहीं: पहले यूनिट स्कैन करें।</translation>
    </message>
    <message>
        <source>%1 is not in the serial register and this station blocks unregistered serials. Remove it from the inward, then submit.</source>
        <translation>%1 सीरियल रजिस्टर में नहीं है और यह स्टेशन बिना रजिस्टर वाले सीरियल रोकता है। इसे इनवर्ड से हटाएँ, फिर जमा करें।</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3): another window moved it after it was scanned. Remove it from the inward, then submit.</source>
        <translation>%1 अब %2 (%3) है: स्कैन होने के बाद किसी दूसरी विंडो ने इसे बदल दिया। इसे इनवर्ड से हटाएँ, फिर जमा करें।</translation>
    </message>
    <message>
        <source>Product %1 is no longer in the master data; pull master data, then submit.</source>
        <translation>उत्पाद %1 अब मास्टर डेटा में नहीं है; मास्टर डेटा लाएँ, फिर जमा करें।</translation>
    </message>
</context>
<context>
    <name>fb::InwardService::Impl</name>
    <message>
        <source>There is no inward draft %1 on this station.</source>
        <translation>इस स्टेशन पर इनवर्ड ड्राफ़्ट %1 नहीं है।</translation>
    </message>
    <message>
        <source>Inward draft %1 was already submitted as %2. Open a new inward to continue.</source>
        <translation>इनवर्ड ड्राफ़्ट %1 पहले ही %2 के रूप में जमा हो चुका है। जारी रखने के लिए नया इनवर्ड खोलें।</translation>
    </message>
    <message>
        <source>Inward draft %1 was abandoned. Open a new inward to continue.</source>
        <translation>इनवर्ड ड्राफ़्ट %1 छोड़ दिया गया था। जारी रखने के लिए नया इनवर्ड खोलें।</translation>
    </message>
    <message>
        <source>Inward draft %1 belongs to %2. Log in as %2 to continue it, or ask a supervisor to abandon it.</source>
        <translation>इनवर्ड ड्राफ़्ट %1 %2 का है। इसे जारी रखने के लिए %2 के रूप में लॉग इन करें, या पर्यवेक्षक से इसे छोड़ने को कहें।</translation>
    </message>
    <message>
        <source>%1 is already in this inward (line %2). Scan the next unit.</source>
        <translation>%1 पहले से इस इनवर्ड में है (पंक्ति %2)। अगला यूनिट स्कैन करें।</translation>
    </message>
    <message>
        <source>%1 is already in another open inward: draft %2 of operator %3 into %4. Finish or abandon that inward first.</source>
        <translation>%1 पहले से एक दूसरे खुले इनवर्ड में है: ऑपरेटर %3 का ड्राफ़्ट %2, %4 में। पहले वह इनवर्ड पूरा करें या छोड़ें।</translation>
    </message>
    <message>
        <source>%1 is not in the serial register: it was never generated. This station blocks unregistered serials (setting inward.unknown_serial). Put the unit aside for a supervisor.</source>
        <translation>%1 सीरियल रजिस्टर में नहीं है: यह कभी बनाया ही नहीं गया। यह स्टेशन बिना रजिस्टर वाले सीरियल रोकता है (सेटिंग inward.unknown_serial)। यूनिट को पर्यवेक्षक के लिए अलग रखें।</translation>
    </message>
    <message>
        <source>%1 is not in the serial register (never generated here); it is accepted and will be registered when this inward is submitted.</source>
        <translation>%1 सीरियल रजिस्टर में नहीं है (यहाँ कभी नहीं बना); इसे स्वीकार किया गया है और इनवर्ड जमा होने पर रजिस्टर होगा।</translation>
    </message>
    <message>
        <source>%1 is already in stock at %2. A unit cannot be inwarded twice.</source>
        <translation>%1 पहले से %2 के स्टॉक में है। एक यूनिट का दो बार इनवर्ड नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1 is already in stock at %2 (inward %3). A unit cannot be inwarded twice.</source>
        <translation type="vanished">%1 पहले से %2 के स्टॉक में है (इनवर्ड %3)। एक यूनिट का दो बार इनवर्ड नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1 was dispatched to %2 on %3 (%4). A dispatched unit comes back through a return order, not an inward.</source>
        <translation>%1 को %3 को %2 पर डिस्पैच किया गया था (%4)। डिस्पैच हुआ यूनिट रिटर्न ऑर्डर से वापस आता है, इनवर्ड से नहीं।</translation>
    </message>
    <message>
        <source>a party</source>
        <translation>एक पार्टी</translation>
    </message>
    <message>
        <source>an earlier dispatch</source>
        <translation>एक पिछला डिस्पैच</translation>
    </message>
    <message>
        <source>%1 is already in stock at %2, inward %3. A unit cannot be inwarded twice.</source>
        <translation>%1 पहले से %2 के स्टॉक में है, इनवर्ड %3। एक यूनिट का दो बार इनवर्ड नहीं हो सकता।</translation>
    </message>
</context>
<context>
    <name>fb::InwardStore</name>
    <message>
        <source>This inward draft is no longer open: it was submitted or abandoned in another window.</source>
        <translation>यह इनवर्ड ड्राफ़्ट अब खुला नहीं है: इसे किसी दूसरी विंडो में जमा किया गया या छोड़ दिया गया।</translation>
    </message>
</context>
<context>
    <name>fb::KeyboardWedge</name>
    <message>
        <source>Keyboard scanner ready: scan on any scanning page.</source>
        <translation>कीबोर्ड स्कैनर तैयार: किसी भी स्कैन वाले पेज पर स्कैन करें।</translation>
    </message>
    <message>
        <source>Keyboard scanner off.</source>
        <translation>कीबोर्ड स्कैनर बंद।</translation>
    </message>
</context>
<context>
    <name>fb::KeychainCredentialStore</name>
    <message>
        <source>the %1 CRM&apos;s token cannot be read</source>
        <translation>%1 CRM का टोकन पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>No token is stored for the %1 CRM on this station yet: set one with &apos;floorbridge-ctl credentials set %1&apos;.</source>
        <translation>इस स्टेशन पर %1 CRM के लिए अभी कोई टोकन सहेजा नहीं गया है: &apos;floorbridge-ctl credentials set %1&apos; से एक सेट करें।</translation>
    </message>
    <message>
        <source>The token is empty: nothing was stored.</source>
        <translation>टोकन खाली है: कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>the token was not stored</source>
        <translation>टोकन सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>the token was not removed</source>
        <translation>टोकन हटाया नहीं गया</translation>
    </message>
</context>
<context>
    <name>fb::LabelJobService</name>
    <message>
        <source>%1 (%2) may not print serial labels: that needs a role that generates serial numbers (Warehouse, Supervisor or Admin).</source>
        <translation>%1 (%2) सीरियल लेबल प्रिंट नहीं कर सकते: इसके लिए सीरियल नंबर बनाने वाली भूमिका चाहिए (गोदाम, पर्यवेक्षक या एडमिन)।</translation>
    </message>
    <message>
        <source>Choose the serials to print labels for.</source>
        <translation>वे सीरियल चुनें जिनके लेबल प्रिंट करने हैं।</translation>
    </message>
    <message>
        <source>%1 is not in the serial register: only serials generated or inwarded on this station have labels. Check the serial (look it up with Ctrl+K).</source>
        <translation>%1 सीरियल रजिस्टर में नहीं है: केवल इस स्टेशन पर बनाए गए या इनवर्ड किए गए सीरियल के लेबल होते हैं। सीरियल जाँचें (Ctrl+K से खोजें)।</translation>
    </message>
    <message>
        <source>%n label(s) to %1</source>
        <translation>%n लेबल %1 को</translation>
    </message>
</context>
<context>
    <name>fb::LabelPrinter</name>
    <message>
        <source>Print labels</source>
        <translation>लेबल प्रिंट करें</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>लेबल PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the serials to print labels for.</source>
        <translation type="vanished">वे सीरियल चुनें जिनके लेबल प्रिंट करने हैं।</translation>
    </message>
    <message>
        <source>No label for %1: %2</source>
        <translation>%1 का लेबल नहीं बन सकता: %2</translation>
    </message>
    <message>
        <source>Serial labels</source>
        <translation>सीरियल लेबल</translation>
    </message>
    <message>
        <source>label-%1.pdf</source>
        <translation>label-%1.pdf</translation>
    </message>
    <message>
        <source>labels-%1-%2.pdf</source>
        <translation>labels-%1-%2.pdf</translation>
    </message>
    <message>
        <source>The labels went to %1, but the audit log could not record it: %2</source>
        <translation>लेबल %1 को चले गए, पर ऑडिट लॉग इसे दर्ज नहीं कर सका: %2</translation>
    </message>
</context>
<context>
    <name>fb::LabelRenderer</name>
    <message>
        <source>Cannot draw the barcode: out of memory.</source>
        <translation>बारकोड नहीं बन सका: मेमोरी कम है।</translation>
    </message>
    <message>
        <source>Cannot draw the barcode of %1: %2</source>
        <translation>%1 का बारकोड नहीं बन सका: %2</translation>
    </message>
    <message>
        <source>A %1 mm × %2 mm label is too small for the barcode of %3 on this printer. Choose a larger label or a 2D code (QR or Data Matrix) in Settings → Labels.</source>
        <translation>%1 मिमी × %2 मिमी का लेबल इस प्रिंटर पर %3 के बारकोड के लिए बहुत छोटा है। सेटिंग्स → लेबल में बड़ा लेबल या 2D कोड (QR या Data Matrix) चुनें।</translation>
    </message>
    <message>
        <source>Mfd %1</source>
        <translation>निर्माण %1</translation>
    </message>
    <message>
        <source>The printer stopped after %1 of %2 labels.</source>
        <translation>प्रिंटर %2 में से %1 लेबल के बाद रुक गया।</translation>
    </message>
    <message>
        <source>There are no labels to save.</source>
        <translation>सहेजने के लिए कोई लेबल नहीं है।</translation>
    </message>
    <message>
        <source>Serial labels</source>
        <translation>सीरियल लेबल</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose a folder you can write to.</source>
        <translation>%1 लिखा नहीं जा सकता। ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकते हैं।</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>प्रिंट करने के लिए कोई लेबल नहीं है।</translation>
    </message>
    <message>
        <source>The printer %1 cannot be used. Check that it is on and connected.</source>
        <translation>प्रिंटर %1 इस्तेमाल नहीं किया जा सकता। जाँचें कि वह चालू और जुड़ा हुआ है।</translation>
    </message>
</context>
<context>
    <name>fb::LabelSettings</name>
    <message>
        <source>Setting labels.symbology is &apos;%1&apos;; it should be code128, qr or datamatrix. Using code128.</source>
        <translation>सेटिंग labels.symbology &apos;%1&apos; है; यह code128, qr या datamatrix होनी चाहिए। code128 का उपयोग हो रहा है।</translation>
    </message>
    <message>
        <source>Setting labels.layout is &apos;%1&apos;; it should be auto, stacked or side. Using auto.</source>
        <translation>सेटिंग labels.layout &apos;%1&apos; है; यह auto, stacked या side होनी चाहिए। auto का उपयोग हो रहा है।</translation>
    </message>
</context>
<context>
    <name>fb::LoginWidget</name>
    <message>
        <source>Operator code</source>
        <translation>ऑपरेटर कोड</translation>
    </message>
    <message>
        <source>scan your badge or type your code</source>
        <translation>अपना बैज स्कैन करें या कोड टाइप करें</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>पिन दोबारा</translation>
    </message>
    <message>
        <source>Operator &amp;code</source>
        <translation>ऑपरेटर कोड (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>पिन (&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>पिन दोबारा (&amp;A)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>लॉग इन करें</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>लॉग इन संदेश</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>यह स्टेशन सेट करें</translation>
    </message>
    <message>
        <source>No one has used this station yet. Create the admin account: choose a code (for example A001), your name and a PIN of 4 to 8 digits.</source>
        <translation>इस स्टेशन का अभी तक किसी ने उपयोग नहीं किया है। एडमिन खाता बनाएँ: एक कोड चुनें (जैसे A001), अपना नाम और 4 से 8 अंकों का पिन।</translation>
    </message>
    <message>
        <source>Create admin and log in</source>
        <translation>एडमिन बनाएँ और लॉग इन करें</translation>
    </message>
    <message>
        <source>Station locked</source>
        <translation>स्टेशन लॉक है</translation>
    </message>
    <message>
        <source>%1 locked this station. Enter the PIN to go on, or log in as another operator.</source>
        <translation>%1 ने यह स्टेशन लॉक किया है। आगे बढ़ने के लिए पिन डालें, या किसी दूसरे ऑपरेटर के रूप में लॉग इन करें।</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <source>Floorbridge</source>
        <translation>फ़्लोरब्रिज</translation>
    </message>
    <message>
        <source>Scan your badge or type your operator code, then your PIN.</source>
        <translation>अपना बैज स्कैन करें या ऑपरेटर कोड टाइप करें, फिर अपना पिन।</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>दोनों पिन अलग हैं। एक ही पिन दो बार टाइप करें।</translation>
    </message>
    <message>
        <source>Not you? Switch operator (Shift+Tab), then scan your badge or type your code.</source>
        <translation>आप नहीं हैं? ऑपरेटर बदलें (Shift+Tab), फिर अपना बैज स्कैन करें या अपना कोड टाइप करें।</translation>
    </message>
</context>
<context>
    <name>fb::LookupDialog</name>
    <message>
        <source>Serial lookup</source>
        <translation>सीरियल खोज</translation>
    </message>
    <message>
        <source>Scan or type a serial number, then Enter</source>
        <translation>सीरियल नंबर स्कैन या टाइप करें, फिर Enter</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>सीरियल (&amp;S):</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>अभी:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>उत्पाद:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>स्टेशन</translation>
    </message>
    <message>
        <source>Not in the serial register</source>
        <translation>सीरियल रजिस्टर में नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n movement(s).</source>
        <translation>
            <numerusform>%1: %n गतिविधियाँ।</numerusform>
            <numerusform>%1: %n गतिविधियाँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement history</source>
        <translation>गतिविधियों का इतिहास</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>लेबल दोबारा प्रिंट करें</translation>
    </message>
    <message>
        <source>Save label as PDF</source>
        <translation>लेबल PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Reprint label  (%1)</source>
        <translation>लेबल दोबारा प्रिंट करें (&amp;R)  (%1)</translation>
    </message>
    <message>
        <source>Save label as &amp;PDF…  (%1)</source>
        <translation>लेबल PDF के रूप में सहेजें (&amp;P)…  (%1)</translation>
    </message>
    <message>
        <source>Label reprinted: %1</source>
        <translation>लेबल दोबारा प्रिंट हुआ: %1</translation>
    </message>
    <message>
        <source>Label printed: %1</source>
        <translation>लेबल प्रिंट हुआ: %1</translation>
    </message>
    <message>
        <source>Scan or type a serial number first; then %1 reprints its label.</source>
        <translation>पहले सीरियल नंबर स्कैन या टाइप करें; फिर %1 उसका लेबल दोबारा प्रिंट करता है।</translation>
    </message>
    <message>
        <source>Printing cancelled: no label printed.</source>
        <translation>प्रिंट रद्द: कोई लेबल प्रिंट नहीं हुआ।</translation>
    </message>
    <message>
        <source>Nothing saved.</source>
        <translation>कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Label for %1 reprinted on %2.</source>
        <translation>%1 का लेबल %2 पर दोबारा प्रिंट हुआ।</translation>
    </message>
    <message>
        <source>Label for %1 saved to %2.</source>
        <translation>%1 का लेबल %2 में सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <source>Floorbridge — %1</source>
        <translation type="vanished">फ़्लोरब्रिज — %1</translation>
    </message>
    <message>
        <source>Logged-in operator</source>
        <translation>लॉग इन किया हुआ ऑपरेटर</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>Lock the station (Ctrl+L)</source>
        <translation>स्टेशन लॉक करें (Ctrl+L)</translation>
    </message>
    <message>
        <source>Look up a serial</source>
        <translation>सीरियल खोजें</translation>
    </message>
    <message>
        <source>Look up a serial from any page (Ctrl+K)</source>
        <translation>किसी भी पेज से सीरियल खोजें (Ctrl+K)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>अंतिम संदेश</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) · station %4</source>
        <translation>%1 — %2 (%3) · स्टेशन %4</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>स्वागत है, %1।</translation>
    </message>
</context>
<context>
    <name>fb::MasterDataPuller</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, पेज %2</translation>
    </message>
    <message>
        <source>Pulling master data from the new CRM failed (%1): %2. Nothing was applied.</source>
        <translation>नए CRM से मास्टर डेटा लाना विफल (%1): %2। कुछ भी लागू नहीं किया गया।</translation>
    </message>
    <message>
        <source>The new CRM sent a page that cannot be read (%1): %2. Nothing was applied.</source>
        <translation>नए CRM ने ऐसा पेज भेजा जो पढ़ा नहीं जा सकता (%1): %2। कुछ भी लागू नहीं किया गया।</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>no &quot;items&quot; list</source>
        <translation>कोई &quot;items&quot; सूची नहीं</translation>
    </message>
    <message>
        <source>&quot;has_more&quot; should be true or false</source>
        <translation>&quot;has_more&quot; true या false होना चाहिए</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>आइटम %1: %2</translation>
    </message>
    <message>
        <source>says there is more but sent nothing new</source>
        <translation>कहता है कि और बाकी है पर कुछ नया नहीं भेजा</translation>
    </message>
    <message>
        <source>The master data could not be saved: %1. Nothing was applied.</source>
        <translation>मास्टर डेटा सहेजा नहीं जा सका: %1। कुछ भी लागू नहीं किया गया।</translation>
    </message>
    <message>
        <source>The master-data pull has not finished.</source>
        <translation>मास्टर डेटा लाना पूरा नहीं हुआ है।</translation>
    </message>
</context>
<context>
    <name>fb::NewCrmSerials</name>
    <message>
        <source>The new CRM at %1 did not answer %2 within %3 s. Nothing was written; check the network and the URL (crm.new.url), then run reconcile again.</source>
        <translation>%1 पर नए CRM ने %3 सेकंड में %2 का जवाब नहीं दिया। कुछ भी लिखा नहीं गया; नेटवर्क और URL (crm.new.url) जाँचें, फिर reconcile फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>Cannot reach the new CRM at %1 (%2: %3). Nothing was written; check the network and the URL (crm.new.url), then run reconcile again.</source>
        <translation>%1 पर नए CRM तक नहीं पहुँच सके (%2: %3)। कुछ भी लिखा नहीं गया; नेटवर्क और URL (crm.new.url) जाँचें, फिर reconcile फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>The new CRM refused the token (HTTP %1 to %2). Nothing was written; store a valid one with floorbridge-ctl credentials set new.</source>
        <translation>नए CRM ने टोकन अस्वीकार किया (%2 पर HTTP %1)। कुछ भी लिखा नहीं गया; floorbridge-ctl credentials set new से सही टोकन सहेजें।</translation>
    </message>
    <message>
        <source>The new CRM answered HTTP %1 to %2%3. Nothing was written; run reconcile again later, or tell the CRM team if it persists.</source>
        <translation>नए CRM ने %2 पर HTTP %1 से जवाब दिया%3। कुछ भी लिखा नहीं गया; बाद में reconcile फिर से चलाएँ, या बार-बार हो तो CRM टीम को बताएँ।</translation>
    </message>
    <message>
        <source>The new CRM&apos;s answer to %1 is not JSON. Nothing was compared; tell the CRM team (docs/crm-api.md, &quot;Serials&quot;).</source>
        <translation>%1 पर नए CRM का जवाब JSON नहीं है। कुछ भी मिलाया नहीं गया; CRM टीम को बताएँ (docs/crm-api.md, &quot;Serials&quot;)।</translation>
    </message>
    <message>
        <source>The new CRM&apos;s answer to %1 is not what Floorbridge expects: has_more: should be true or false. Nothing was compared; tell the CRM team (docs/crm-api.md, &quot;Serials&quot;).</source>
        <translation>%1 पर नए CRM का जवाब वैसा नहीं है जैसा फ़्लोरब्रिज चाहता है: has_more: true या false होना चाहिए। कुछ भी मिलाया नहीं गया; CRM टीम को बताएँ (docs/crm-api.md, &quot;Serials&quot;)।</translation>
    </message>
</context>
<context>
    <name>fb::OperatorService</name>
    <message>
        <source>PIN must be 4 to 8 digits.</source>
        <translation>पिन 4 से 8 अंकों का होना चाहिए।</translation>
    </message>
    <message>
        <source>Operator code must be 2 to 20 capital letters, digits, &apos;-&apos; or &apos;_&apos; (for example W001).</source>
        <translation>ऑपरेटर कोड 2 से 20 बड़े अक्षर, अंक, &apos;-&apos; या &apos;_&apos; का होना चाहिए (जैसे W001)।</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>ऑपरेटर का नाम डालें।</translation>
    </message>
    <message>
        <source>Operator %1 already exists.</source>
        <translation>ऑपरेटर %1 पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>This station already has operators: ask an admin to add you.</source>
        <translation>इस स्टेशन पर पहले से ऑपरेटर हैं: आपको जोड़ने के लिए किसी एडमिन से कहें।</translation>
    </message>
    <message>
        <source>Operator code or PIN not recognised. Check both and try again.</source>
        <translation>ऑपरेटर कोड या पिन पहचाना नहीं गया। दोनों जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Scan your badge or type your operator code.</source>
        <translation>अपना बैज स्कैन करें या ऑपरेटर कोड टाइप करें।</translation>
    </message>
    <message>
        <source>Operator %1 is disabled. Ask an admin.</source>
        <translation>ऑपरेटर %1 बंद है। एडमिन से पूछें।</translation>
    </message>
    <message>
        <source>Operator %1 is locked after too many wrong PINs. Try again in %2 min or ask a supervisor or admin to unlock.</source>
        <translation>बहुत ज़्यादा गलत पिन के बाद ऑपरेटर %1 लॉक है। %2 मिनट बाद फिर कोशिश करें या पर्यवेक्षक/एडमिन से अनलॉक करवाएँ।</translation>
    </message>
    <message>
        <source>Too many wrong PINs: operator %1 is locked for %2 min. A supervisor or admin can unlock it sooner.</source>
        <translation>बहुत ज़्यादा गलत पिन: ऑपरेटर %1 %2 मिनट के लिए लॉक है। पर्यवेक्षक या एडमिन पहले अनलॉक कर सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Operator code or PIN not recognised. %n attempt(s) left before the operator is locked.</source>
        <translation>
            <numerusform>ऑपरेटर कोड या पिन पहचाना नहीं गया। ऑपरेटर लॉक होने से पहले %n प्रयास बाकी।</numerusform>
            <numerusform>ऑपरेटर कोड या पिन पहचाना नहीं गया। ऑपरेटर लॉक होने से पहले %n प्रयास बाकी।</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>आप खुद को बंद नहीं कर सकते।</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>कोई ऑपरेटर %1 नहीं है।</translation>
    </message>
</context>
<context>
    <name>fb::OutboxStore</name>
    <message>
        <source>Outbox row %1 is not %2 any more.</source>
        <translation>आउटबॉक्स पंक्ति %1 अब %2 नहीं है।</translation>
    </message>
    <message>
        <source>Say why the event is discarded.</source>
        <translation>बताएँ कि इवेंट क्यों हटाया जा रहा है।</translation>
    </message>
    <message>
        <source>Discarded: %1</source>
        <translation>हटाया गया: %1</translation>
    </message>
</context>
<context>
    <name>fb::Outcome</name>
    <message>
        <source>No answer within %1 ms (timed out)</source>
        <translation>%1 ms में कोई जवाब नहीं (समय समाप्त)</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>नेटवर्क त्रुटि: %1</translation>
    </message>
    <message>
        <source>The CRM refused the token: %1</source>
        <translation>CRM ने टोकन अस्वीकार किया: %1</translation>
    </message>
</context>
<context>
    <name>fb::PartRequestDialog</name>
    <message>
        <source>Part request — %1</source>
        <translation>पार्ट अनुरोध — %1</translation>
    </message>
    <message>
        <source>Parts for complaint &lt;b&gt;%1&lt;/b&gt;. Class A parts need one part serial per part (separate several with spaces). The request goes to a supervisor for approval.</source>
        <translation>शिकायत &lt;b&gt;%1&lt;/b&gt; के लिए पार्ट। क्लास A पार्ट के लिए हर पार्ट का एक पार्ट सीरियल चाहिए (कई हों तो स्पेस से अलग करें)। अनुरोध स्वीकृति के लिए पर्यवेक्षक के पास जाता है।</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>पार्ट</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Part serial(s)</source>
        <translation>पार्ट सीरियल</translation>
    </message>
    <message>
        <source>&amp;Add another part</source>
        <translation>एक और पार्ट जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Notes for the supervisor</source>
        <translation>पर्यवेक्षक के लिए टिप्पणी</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>टिप्पणी (&amp;O):</translation>
    </message>
    <message>
        <source>Send for approval  (%1)</source>
        <translation>स्वीकृति के लिए भेजें  (%1)</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>पार्ट %1</translation>
    </message>
    <message>
        <source>Choose a part (type its code)</source>
        <translation>पार्ट चुनें (उसका कोड टाइप करें)</translation>
    </message>
    <message>
        <source>%1 — %2 (class %3)</source>
        <translation>%1 — %2 (क्लास %3)</translation>
    </message>
    <message>
        <source>Quantity of part %1</source>
        <translation>पार्ट %1 की मात्रा</translation>
    </message>
    <message>
        <source>Part serials of part %1</source>
        <translation>पार्ट %1 के पार्ट सीरियल</translation>
    </message>
    <message>
        <source>Required: one part serial per part</source>
        <translation>ज़रूरी: हर पार्ट का एक पार्ट सीरियल</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Ready: %1 sends the request for approval.</source>
        <translation>तैयार: %1 अनुरोध को स्वीकृति के लिए भेजता है।</translation>
    </message>
</context>
<context>
    <name>fb::PartRequestService</name>
    <message>
        <source>Part serial %1 is not a %2 serial number: it should match %3 (6–20 capital letters, digits or &apos;-&apos; unless master data says otherwise).</source>
        <translation>पार्ट सीरियल %1 %2 का सीरियल नंबर नहीं है: यह %3 से मेल खाना चाहिए (6–20 बड़े अक्षर, अंक या &apos;-&apos;, जब तक मास्टर डेटा कुछ और न कहे)।</translation>
    </message>
    <message>
        <source>No complaint %1 on this station: check the number.</source>
        <translation>इस स्टेशन पर कोई शिकायत %1 नहीं है: नंबर जाँचें।</translation>
    </message>
    <message>
        <source>Complaint %1 is %2: parts can only be requested while it is open, assigned, visited or awaiting parts.</source>
        <translation>शिकायत %1 %2 है: पार्ट का अनुरोध केवल तब हो सकता है जब यह खुली, सौंपी गई, विज़िट की गई या पार्ट की प्रतीक्षा में हो।</translation>
    </message>
    <message>
        <source>Add at least one part to the request.</source>
        <translation>अनुरोध में कम से कम एक पार्ट जोड़ें।</translation>
    </message>
    <message>
        <source>Part %1: choose a part.</source>
        <translation>पार्ट %1: एक पार्ट चुनें।</translation>
    </message>
    <message>
        <source>Part %1 is not in master data: check the code, or pull master data.</source>
        <translation>पार्ट %1 मास्टर डेटा में नहीं है: कोड जाँचें, या मास्टर डेटा लाएँ।</translation>
    </message>
    <message>
        <source>Quantity of %1 must be 1 to %2, not %3.</source>
        <translation>%1 की मात्रा 1 से %2 तक होनी चाहिए, %3 नहीं।</translation>
    </message>
    <message>
        <source>%1 (%2) is a class A part: scan or type its part serial number (one per part requested).</source>
        <translation>%1 (%2) क्लास A पार्ट है: इसका पार्ट सीरियल नंबर स्कैन या टाइप करें (हर अनुरोधित पार्ट का एक)।</translation>
    </message>
    <message>
        <source>%1 is a class A part: %2 requested needs %2 part serial numbers, %3 given.</source>
        <translation>%1 क्लास A पार्ट है: %2 के अनुरोध के लिए %2 पार्ट सीरियल नंबर चाहिए, %3 दिए गए।</translation>
    </message>
    <message>
        <source>%1: give one part serial per part (%2), or none.</source>
        <translation>%1: हर पार्ट का एक पार्ट सीरियल दें (%2), या एक भी नहीं।</translation>
    </message>
    <message>
        <source>Part serial %1 is given twice: each part has its own serial.</source>
        <translation>पार्ट सीरियल %1 दो बार दिया गया है: हर पार्ट का अपना सीरियल होता है।</translation>
    </message>
    <message>
        <source>Part serial %1 is already on another part request: a part can be requested once.</source>
        <translation>पार्ट सीरियल %1 पहले से दूसरे पार्ट अनुरोध में है: एक पार्ट का अनुरोध एक ही बार हो सकता है।</translation>
    </message>
    <message>
        <source>Part request %1</source>
        <translation>पार्ट अनुरोध %1</translation>
    </message>
    <message>
        <source>Document %1 does not exist: check the path.</source>
        <translation>दस्तावेज़ %1 मौजूद नहीं है: पाथ जाँचें।</translation>
    </message>
    <message>
        <source>Cannot read document %1: %2.</source>
        <translation>दस्तावेज़ %1 पढ़ा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>No part request %1 on this station: check the number.</source>
        <translation>इस स्टेशन पर कोई पार्ट अनुरोध %1 नहीं है: नंबर जाँचें।</translation>
    </message>
    <message>
        <source>it is still waiting for a supervisor&apos;s approval</source>
        <translation>यह अभी पर्यवेक्षक की स्वीकृति की प्रतीक्षा में है</translation>
    </message>
    <message>
        <source>it was rejected</source>
        <translation>इसे अस्वीकार किया गया था</translation>
    </message>
    <message>
        <source>its parts are already consumed</source>
        <translation>इसके पार्ट पहले ही इस्तेमाल हो चुके हैं</translation>
    </message>
    <message>
        <source>the part must be issued first</source>
        <translation>पहले पार्ट जारी होना चाहिए</translation>
    </message>
    <message>
        <source>it is already issued</source>
        <translation>यह पहले ही जारी हो चुका है</translation>
    </message>
    <message>
        <source>Part request %1 is %2 and cannot be marked %3: %4.</source>
        <translation>पार्ट अनुरोध %1 %2 है और इसे %3 नहीं किया जा सकता: %4।</translation>
    </message>
    <message>
        <source>Attach at least one document (a photo or PDF: challan, job sheet, the fitted part) to mark part request %1 %2.</source>
        <translation>पार्ट अनुरोध %1 को %2 करने के लिए कम से कम एक दस्तावेज़ (फ़ोटो या PDF: चालान, जॉब शीट, लगाया गया पार्ट) जोड़ें।</translation>
    </message>
    <message>
        <source>No document %1 on this station.</source>
        <translation>इस स्टेशन पर कोई दस्तावेज़ %1 नहीं है।</translation>
    </message>
</context>
<context>
    <name>fb::PartUpdateDialog</name>
    <message>
        <source>Part update — %1</source>
        <translation>पार्ट अपडेट — %1</translation>
    </message>
    <message>
        <source>%1 for %2 · %3 · now &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>%2 के लिए %1 · %3 · अभी &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Part update</source>
        <translation>पार्ट अपडेट</translation>
    </message>
    <message>
        <source>Issued to the technician</source>
        <translation>तकनीशियन को जारी किया</translation>
    </message>
    <message>
        <source>Replaced in the unit</source>
        <translation>यूनिट में बदला गया</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>इस्तेमाल हो गया</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>अपडेट (&amp;U):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>टिप्पणी (&amp;O):</translation>
    </message>
    <message>
        <source>Attach document…  (%1)</source>
        <translation>दस्तावेज़ जोड़ें…  (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>जोड़े गए दस्तावेज़</translation>
    </message>
    <message>
        <source>Save part update  (%1)</source>
        <translation>पार्ट अपडेट सहेजें  (%1)</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>दस्तावेज़ जोड़ें</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>फ़ोटो और PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <source>Cannot write %1 to show it: %2</source>
        <translation>दिखाने के लिए %1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>No PDF viewer opened %1: open it by hand.</source>
        <translation>किसी PDF व्यूअर ने %1 नहीं खोला: इसे खुद खोलें।</translation>
    </message>
</context>
<context>
    <name>fb::PayloadMapping</name>
    <message>
        <source>Cannot read the CRM mapping %1: %2</source>
        <translation>CRM मैपिंग %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The CRM mapping %1 is not a JSON object.</source>
        <translation>CRM मैपिंग %1 JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The CRM mapping %1 has no &quot;events&quot; object.</source>
        <translation>CRM मैपिंग %1 में कोई &quot;events&quot; ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The CRM mapping %1: event %2 needs a &quot;path&quot; starting with /.</source>
        <translation>CRM मैपिंग %1: इवेंट %2 के लिए / से शुरू होने वाला &quot;path&quot; चाहिए।</translation>
    </message>
    <message>
        <source>The CRM mapping %1: event %2 has &quot;body&quot; %3; use &quot;data&quot; or &quot;envelope&quot;.</source>
        <translation>CRM मैपिंग %1: इवेंट %2 में &quot;body&quot; %3 है; &quot;data&quot; या &quot;envelope&quot; का उपयोग करें।</translation>
    </message>
    <message>
        <source>The %1 CRM mapping has no rule for event type &apos;%2&apos; (%3): this event cannot be sent there.</source>
        <translation>%1 CRM मैपिंग में इवेंट प्रकार &apos;%2&apos; (%3) का कोई नियम नहीं है: यह इवेंट वहाँ नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <source>The stored event is not a JSON object; it cannot be sent.</source>
        <translation>सहेजा गया इवेंट JSON ऑब्जेक्ट नहीं है; इसे भेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The stored event has no &quot;data&quot; object; it cannot be sent.</source>
        <translation>सहेजे गए इवेंट में कोई &quot;data&quot; ऑब्जेक्ट नहीं है; इसे भेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The CRM mapping %1: event %2, %3: %4</source>
        <translation>CRM मैपिंग %1: इवेंट %2, %3: %4</translation>
    </message>
    <message>
        <source>should be an object of &quot;path&quot;: value</source>
        <translation>&quot;path&quot;: value का ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>both paths should be dotted field names, like &quot;a.b&quot;</source>
        <translation>दोनों path बिंदु वाले फ़ील्ड नाम होने चाहिए, जैसे &quot;a.b&quot;</translation>
    </message>
    <message>
        <source>should be a list of paths</source>
        <translation>path की सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>every entry should be a dotted field name</source>
        <translation>हर एंट्री बिंदु वाला फ़ील्ड नाम होनी चाहिए</translation>
    </message>
    <message>
        <source>the type should be one of %1</source>
        <translation>प्रकार %1 में से एक होना चाहिए</translation>
    </message>
    <message>
        <source>should be a dotted field name</source>
        <translation>बिंदु वाला फ़ील्ड नाम होना चाहिए</translation>
    </message>
    <message>
        <source>The %1 CRM mapping cannot map event &apos;%2&apos;: field %3 %4.</source>
        <translation>%1 CRM मैपिंग इवेंट &apos;%2&apos; को मैप नहीं कर सकती: फ़ील्ड %3 %4।</translation>
    </message>
    <message>
        <source>is not where the mapping expects it (a list or object on the way is not one)</source>
        <translation>वहाँ नहीं है जहाँ मैपिंग उसे ढूँढती है (रास्ते में कोई सूची या ऑब्जेक्ट वैसा नहीं है)</translation>
    </message>
    <message>
        <source>is not where the mapping expects it</source>
        <translation>वहाँ नहीं है जहाँ मैपिंग उसे ढूँढती है</translation>
    </message>
    <message>
        <source>cannot be written: something on the way is not an object</source>
        <translation>लिखा नहीं जा सकता: रास्ते में कुछ ऐसा है जो ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>is %1, which cannot be converted to %2</source>
        <translation>%1 है, जिसे %2 में बदला नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>fb::Permission</name>
    <message>
        <source>generate serial numbers</source>
        <translation>सीरियल नंबर बनाना</translation>
    </message>
    <message>
        <source>inward stock</source>
        <translation>स्टॉक इनवर्ड करना</translation>
    </message>
    <message>
        <source>dispatch stock</source>
        <translation>स्टॉक डिस्पैच करना</translation>
    </message>
    <message>
        <source>cancel a dispatch</source>
        <translation>डिस्पैच रद्द करना</translation>
    </message>
    <message>
        <source>look up serials</source>
        <translation>सीरियल खोजना</translation>
    </message>
    <message>
        <source>register complaints</source>
        <translation>शिकायतें दर्ज करना</translation>
    </message>
    <message>
        <source>update complaints</source>
        <translation>शिकायतें अपडेट करना</translation>
    </message>
    <message>
        <source>change technician and customer codes</source>
        <translation>तकनीशियन और ग्राहक कोड बदलना</translation>
    </message>
    <message>
        <source>request parts</source>
        <translation>पार्ट का अनुरोध करना</translation>
    </message>
    <message>
        <source>approve spare requests</source>
        <translation>स्पेयर अनुरोध स्वीकृत करना</translation>
    </message>
    <message>
        <source>override a serial check</source>
        <translation>सीरियल जाँच को ओवरराइड करना</translation>
    </message>
    <message>
        <source>create return orders</source>
        <translation>रिटर्न ऑर्डर बनाना</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>ऑपरेटर प्रबंधित करना</translation>
    </message>
    <message>
        <source>change station settings</source>
        <translation>स्टेशन सेटिंग्स बदलना</translation>
    </message>
    <message>
        <source>change CRM credentials</source>
        <translation>CRM क्रेडेंशियल बदलना</translation>
    </message>
    <message>
        <source>manage CRM delivery</source>
        <translation>CRM डिलीवरी प्रबंधित करना</translation>
    </message>
    <message>
        <source>pull master data</source>
        <translation>मास्टर डेटा लाना</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>ऑडिट लॉग देखना</translation>
    </message>
    <message>
        <source>Log in first to %1.</source>
        <translation>%1 के लिए पहले लॉग इन करें।</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the %4 role.</source>
        <translation>%1 (%2) %3 नहीं कर सकते: इसके लिए %4 भूमिका चाहिए।</translation>
    </message>
</context>
<context>
    <name>fb::PreferencesPage</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>fb::PreferencesPanel</name>
    <message>
        <source>Language and text</source>
        <translation>भाषा और अक्षर</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>अक्षरों का आकार</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>अक्षरों का आकार (&amp;T)</translation>
    </message>
    <message>
        <source>Scan sounds</source>
        <translation>स्कैन ध्वनियाँ</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>आवाज़ का स्तर</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>आवाज़ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mute scan sounds</source>
        <translation>स्कैन ध्वनियाँ बंद करें (&amp;M)</translation>
    </message>
    <message>
        <source>Mute scan sounds</source>
        <translation>स्कैन ध्वनियाँ बंद करें</translation>
    </message>
    <message>
        <source>Play &amp;accepted sound</source>
        <translation>स्वीकृत ध्वनि चलाएँ (&amp;A)</translation>
    </message>
    <message>
        <source>Play the accepted-scan sound</source>
        <translation>स्वीकृत स्कैन की ध्वनि चलाएँ</translation>
    </message>
    <message>
        <source>Play &amp;refused sound</source>
        <translation>अस्वीकृत ध्वनि चलाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Play the refused-scan sound</source>
        <translation>अस्वीकृत स्कैन की ध्वनि चलाएँ</translation>
    </message>
    <message>
        <source>Serial labels</source>
        <translation>सीरियल लेबल</translation>
    </message>
    <message>
        <source>Label width in millimetres</source>
        <translation>लेबल की चौड़ाई मिलीमीटर में</translation>
    </message>
    <message>
        <source>Label height in millimetres</source>
        <translation>लेबल की ऊँचाई मिलीमीटर में</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> मिमी</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>चौड़ाई (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>ऊँचाई (&amp;H)</translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation>बारकोड का प्रकार</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>QR Code</source>
        <translation>QR कोड</translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation>Data Matrix</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>बारकोड (&amp;B)</translation>
    </message>
    <message>
        <source>Label layout</source>
        <translation>लेबल का लेआउट</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>अपने आप</translation>
    </message>
    <message>
        <source>Barcode above text</source>
        <translation>बारकोड ऊपर, अक्षर नीचे</translation>
    </message>
    <message>
        <source>Code beside text</source>
        <translation>कोड बगल में, अक्षर साथ में</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>लेआउट (&amp;Y)</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>लेबल का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Language set to %1. Pages opened from now on use it; restart Floorbridge to change all of them.</source>
        <translation>भाषा %1 सेट की गई। अब से खुलने वाले पेज इसका उपयोग करेंगे; सभी पेज बदलने के लिए फ़्लोरब्रिज फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Text size set to %1 %.</source>
        <translation>अक्षरों का आकार %1 % सेट किया गया।</translation>
    </message>
    <message>
        <source>32-inch HD Smart LED TV</source>
        <translation>32-इंच HD स्मार्ट LED टीवी</translation>
    </message>
</context>
<context>
    <name>fb::ProductCountsModel</name>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>यूनिट</translation>
    </message>
</context>
<context>
    <name>fb::PullPanel</name>
    <message>
        <source>Pulls from the new CRM</source>
        <translation>नए CRM से पुल</translation>
    </message>
    <message>
        <source>Pull schedule</source>
        <translation>पुल का समय</translation>
    </message>
    <message>
        <source>&amp;Pull now  (%1)</source>
        <translation>अभी पुल करें (&amp;P)  (%1)</translation>
    </message>
    <message>
        <source>Pull changes and master data from the new CRM now</source>
        <translation>नए CRM से बदलाव और मास्टर डेटा अभी पुल करें</translation>
    </message>
    <message>
        <source>Pulls per resource</source>
        <translation>हर संसाधन के पुल</translation>
    </message>
    <message>
        <source>Result of the last Pull now</source>
        <translation>पिछले &apos;अभी पुल करें&apos; का परिणाम</translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation>अभी पुल करें</translation>
    </message>
    <message>
        <source>This window does not pull: use &apos;floorbridge-ctl pull&apos;.</source>
        <translation>यह विंडो पुल नहीं करती: &apos;floorbridge-ctl pull&apos; का उपयोग करें।</translation>
    </message>
    <message>
        <source>This window does not pull from the new CRM (see floorbridge-ctl pull).</source>
        <translation>यह विंडो नए CRM से पुल नहीं करती (floorbridge-ctl pull देखें)।</translation>
    </message>
    <message>
        <source>Not pulling: %1</source>
        <translation>पुल नहीं हो रहा: %1</translation>
    </message>
    <message>
        <source>Pulling %1… (Pull now follows)</source>
        <translation>%1 पुल हो रहा है… (इसके बाद &apos;अभी पुल करें&apos;)</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 पुल हो रहा है…</translation>
    </message>
    <message>
        <source>now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 विफल</translation>
    </message>
    <message>
        <source>%1 failed %2 times in a row</source>
        <translation>%1 लगातार %2 बार विफल</translation>
    </message>
    <message>
        <source>%1: next try %2.</source>
        <translation>%1: अगला प्रयास %2।</translation>
    </message>
    <message>
        <source>%1 (pulled on demand only).</source>
        <translation>%1 (केवल माँगने पर पुल)।</translation>
    </message>
    <message>
        <source>%1: on demand only.</source>
        <translation>%1: केवल माँगने पर।</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Next changes: %1.</source>
        <translation>अगले बदलाव: %1।</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>मास्टर डेटा</translation>
    </message>
    <message>
        <source>Next master data: %1.</source>
        <translation>अगला मास्टर डेटा: %1।</translation>
    </message>
    <message>
        <source>Pulling from the new CRM…</source>
        <translation>नए CRM से पुल हो रहा है…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pull failed — %1</source>
        <translation>पुल विफल — %1</translation>
    </message>
    <message>
        <source>Pulled from the new CRM: nothing new.</source>
        <translation>नए CRM से पुल हुआ: कुछ नया नहीं।</translation>
    </message>
    <message>
        <source>Pulled from the new CRM: %1.</source>
        <translation>नए CRM से पुल हुआ: %1।</translation>
    </message>
</context>
<context>
    <name>fb::PullScheduler</name>
    <message>
        <source>Pulls from the new CRM are not running in this window.</source>
        <translation>इस विंडो में नए CRM से पुल नहीं चल रहे हैं।</translation>
    </message>
</context>
<context>
    <name>fb::PullService</name>
    <message>
        <source>This window does not pull from the new CRM: use &apos;floorbridge-ctl pull&apos;.</source>
        <translation>यह विंडो नए CRM से पुल नहीं करती: &apos;floorbridge-ctl pull&apos; का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>fb::PullSettings</name>
    <message>
        <source>The default (%1) is used.</source>
        <translation>डिफ़ॉल्ट (%1) का उपयोग होता है।</translation>
    </message>
    <message>
        <source>%1 is not a pull setting: the pull settings are %2 and %3.</source>
        <translation>%1 पुल सेटिंग नहीं है: पुल सेटिंग %2 और %3 हैं।</translation>
    </message>
</context>
<context>
    <name>fb::PullStatusModel</name>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>गोदाम</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>पार्टियाँ</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>तकनीशियन</translation>
    </message>
    <message>
        <source>Call types</source>
        <translation>कॉल प्रकार</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>पुर्ज़े</translation>
    </message>
    <message>
        <source>Model regions</source>
        <translation>मॉडल क्षेत्र</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>pulling…</source>
        <translation>पुल हो रहा है…</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>यहाँ नहीं</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>माँगने पर</translation>
    </message>
    <message>
        <source>now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <source>Spare decisions and complaint statuses changed in the new CRM</source>
        <translation>नए CRM में बदले गए स्पेयर निर्णय और शिकायत स्थितियाँ</translation>
    </message>
    <message>
        <source>1 item applied by the last successful pull (%1, %2 ms)</source>
        <translation>पिछले सफल पुल से 1 आइटम लागू हुआ (%1, %2 ms)</translation>
    </message>
    <message>
        <source>%1 items applied by the last successful pull (%2, %3 ms)</source>
        <translation>पिछले सफल पुल से %1 आइटम लागू हुए (%2, %3 ms)</translation>
    </message>
    <message>
        <source>%1
(%2 failed pulls in a row)</source>
        <translation>%1
(लगातार %2 पुल विफल)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>पिछला पुल</translation>
    </message>
    <message>
        <source>Brought</source>
        <translation>लाया</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
</context>
<context>
    <name>fb::PullWorker</name>
    <message>
        <source>The pull thread has no database connection.</source>
        <translation>पुल थ्रेड का डेटाबेस से कनेक्शन नहीं है।</translation>
    </message>
</context>
<context>
    <name>fb::RecentDispatchesModel</name>
    <message>
        <source>draft #%1</source>
        <translation>ड्राफ़्ट #%1</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>डिस्पैच</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>पार्टी</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>यूनिट</translation>
    </message>
</context>
<context>
    <name>fb::Reconciliation</name>
    <message>
        <source>Name the CSV file to write the report to.</source>
        <translation>वह CSV फ़ाइल बताएँ जिसमें रिपोर्ट लिखनी है।</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the CSV report, e.g. %2.</source>
        <translation>%1 एक फ़ोल्डर है: CSV रिपोर्ट के लिए फ़ाइल का नाम दें, जैसे %2।</translation>
    </message>
    <message>
        <source>Cannot write the CSV report to %1: %2. Choose a folder that exists and that you may write to.</source>
        <translation>CSV रिपोर्ट %1 में नहीं लिखी जा सकती: %2। ऐसा फ़ोल्डर चुनें जो मौजूद हो और जिसमें आप लिख सकते हों।</translation>
    </message>
    <message>
        <source>Writing the CSV report to %1 failed: %2. Free some space or choose another folder.</source>
        <translation>CSV रिपोर्ट %1 में लिखना विफल: %2। कुछ जगह खाली करें या दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The CSV report could not be saved to %1: %2. Free some space or choose another folder.</source>
        <translation>CSV रिपोर्ट %1 में सहेजी नहीं जा सकी: %2। कुछ जगह खाली करें या दूसरा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>fb::ReconciliationService</name>
    <message>
        <source>Say which CRM to reconcile: legacy, new or both.</source>
        <translation>बताएँ कि किस CRM का मिलान करना है: legacy, new या both।</translation>
    </message>
    <message>
        <source>Delivered, but %1. Check event %2 in the %3 CRM and correct the serial there.</source>
        <translation>पहुँचा दिया गया, पर %1। %3 CRM में इवेंट %2 जाँचें और वहाँ सीरियल ठीक करें।</translation>
    </message>
    <message>
        <source>not received yet</source>
        <translation>अभी नहीं मिला</translation>
    </message>
    <message>
        <source>Waiting to be sent; run reconcile again once floorbridge-ctl status shows no backlog.</source>
        <translation>भेजे जाने की प्रतीक्षा में; जब floorbridge-ctl status में कोई बैकलॉग न दिखे, तब reconcile फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>Waiting to be sent after %1 attempt(s), last error: %2. Check floorbridge-ctl status.</source>
        <translation>%1 प्रयासों के बाद भी भेजे जाने की प्रतीक्षा में, अंतिम त्रुटि: %2। floorbridge-ctl status जाँचें।</translation>
    </message>
    <message>
        <source>refused or unreachable</source>
        <translation>अस्वीकृत या पहुँच से बाहर</translation>
    </message>
    <message>
        <source>In the failed queue after %1 attempt(s): %2. Fix the cause, then floorbridge-ctl outbox retry %3.</source>
        <translation>%1 प्रयासों के बाद विफल कतार में: %2। कारण ठीक करें, फिर floorbridge-ctl outbox retry %3।</translation>
    </message>
    <message>
        <source>never received</source>
        <translation>कभी नहीं मिला</translation>
    </message>
    <message>
        <source>Discarded (%1): the %2 CRM never got this movement. Enter it in that CRM by hand.</source>
        <translation>हटाया गया (%1): %2 CRM को यह गतिविधि कभी नहीं मिली। इसे उस CRM में खुद दर्ज करें।</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ज्ञात नहीं</translation>
    </message>
    <message>
        <source>The new CRM acknowledged every event for this serial but does not hold it (last movement here: %1). Raise it with the CRM team.</source>
        <translation>नए CRM ने इस सीरियल के हर इवेंट की पुष्टि की पर उसके पास यह नहीं है (यहाँ अंतिम गतिविधि: %1)। CRM टीम को बताएँ।</translation>
    </message>
    <message>
        <source>The new CRM has it %1 (after %2); this station has it %3 (last movement: %4). Correct the CRM, or find the station that moved it there.</source>
        <translation>नए CRM में यह %1 है (%2 के बाद); इस स्टेशन पर यह %3 है (अंतिम गतिविधि: %4)। CRM ठीक करें, या वह स्टेशन ढूँढें जिसने इसे वहाँ भेजा।</translation>
    </message>
    <message>
        <source>Same state, different place: correct the new CRM to match %1 (%2).</source>
        <translation>स्थिति वही, जगह अलग: नए CRM को %1 (%2) के अनुसार ठीक करें।</translation>
    </message>
    <message>
        <source>The new CRM kept saying it has more serials after %1 pages; stopped. Tell the CRM team its GET /api/v2/serials paging does not end.</source>
        <translation>नया CRM %1 पेज के बाद भी कहता रहा कि और सीरियल बाकी हैं; रोका गया। CRM टीम को बताएँ कि उसकी GET /api/v2/serials पेजिंग खत्म नहीं होती।</translation>
    </message>
    <message>
        <source>The new CRM&apos;s GET /api/v2/serials answered serials out of order (%1 after %2); stopped. Tell the CRM team: pages must follow after=.</source>
        <translation>नए CRM के GET /api/v2/serials ने सीरियल गलत क्रम में दिए (%2 के बाद %1); रोका गया। CRM टीम को बताएँ: पेज after= के अनुसार आने चाहिए।</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>रजिस्टर में नहीं</translation>
    </message>
    <message>
        <source>The new CRM says station %1 moved it (%2). Check this station&apos;s database is the right one, or correct the CRM.</source>
        <translation>नया CRM कहता है कि स्टेशन %1 ने इसे बदला (%2)। जाँचें कि इस स्टेशन का डेटाबेस सही है, या CRM ठीक करें।</translation>
    </message>
</context>
<context>
    <name>fb::RefusedModel</name>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>स्कैन किया</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>अस्वीकार होने का कारण</translation>
    </message>
</context>
<context>
    <name>fb::RegisterComplaintForm</name>
    <message>
        <source>Scan the unit, or type its serial and press Enter</source>
        <translation>यूनिट स्कैन करें, या उसका सीरियल टाइप करके Enter दबाएँ</translation>
    </message>
    <message>
        <source>Unit &amp;serial:</source>
        <translation>यूनिट सीरियल (&amp;S):</translation>
    </message>
    <message>
        <source>Unit serial number</source>
        <translation>यूनिट सीरियल नंबर</translation>
    </message>
    <message>
        <source>Product of the serial</source>
        <translation>सीरियल का उत्पाद</translation>
    </message>
    <message>
        <source>Accept this unit anyway (supervisor override)</source>
        <translation>फिर भी यह यूनिट स्वीकार करें (पर्यवेक्षक ओवरराइड)</translation>
    </message>
    <message>
        <source>Supervisor override of the serial check</source>
        <translation>सीरियल जाँच का पर्यवेक्षक ओवरराइड</translation>
    </message>
    <message>
        <source>Why this unit is accepted (recorded in the audit log)</source>
        <translation>यह यूनिट क्यों स्वीकार किया गया (ऑडिट लॉग में दर्ज होता है)</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>ओवरराइड का कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>ओवरराइड का कारण</translation>
    </message>
    <message>
        <source>Scan the serial first</source>
        <translation>पहले सीरियल स्कैन करें</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>मॉडल (&amp;M):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>CUST-001</source>
        <translation>CUST-001</translation>
    </message>
    <message>
        <source>Customer &amp;code:</source>
        <translation>ग्राहक कोड (&amp;C):</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>ग्राहक कोड</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>ग्राहक का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>ग्राहक का नाम</translation>
    </message>
    <message>
        <source>Mobile number, e.g. 98220 12345</source>
        <translation>मोबाइल नंबर, जैसे 98220 12345</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>ग्राहक का फ़ोन</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>शहर (&amp;I):</translation>
    </message>
    <message>
        <source>Customer city</source>
        <translation>ग्राहक का शहर</translation>
    </message>
    <message>
        <source>MH, Maharashtra or 27</source>
        <translation>MH, Maharashtra या 27</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>राज्य (&amp;T):</translation>
    </message>
    <message>
        <source>Customer state</source>
        <translation>ग्राहक का राज्य</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>PIN c&amp;ode:</source>
        <translation>पिन कोड (&amp;O):</translation>
    </message>
    <message>
        <source>Customer PIN code</source>
        <translation>ग्राहक का पिन कोड</translation>
    </message>
    <message>
        <source>Choose the call type (type its first letter)</source>
        <translation>कॉल प्रकार चुनें (उसका पहला अक्षर टाइप करें)</translation>
    </message>
    <message>
        <source>Call t&amp;ype:</source>
        <translation>कॉल प्रकार (&amp;Y):</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>कॉल प्रकार</translation>
    </message>
    <message>
        <source>T&amp;echnician:</source>
        <translation>तकनीशियन (&amp;E):</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>तकनीशियन</translation>
    </message>
    <message>
        <source>What the customer reports (Enter registers)</source>
        <translation>ग्राहक क्या बता रहा है (Enter से दर्ज होती है)</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>खराबी (&amp;F):</translation>
    </message>
    <message>
        <source>Fault reported</source>
        <translation>बताई गई खराबी</translation>
    </message>
    <message>
        <source>Register complaint</source>
        <translation>शिकायत दर्ज करें</translation>
    </message>
    <message>
        <source>Register complaint  (%1)</source>
        <translation>शिकायत दर्ज करें  (%1)</translation>
    </message>
    <message>
        <source>(none yet — the complaint stays open)</source>
        <translation>(अभी कोई नहीं — शिकायत खुली रहती है)</translation>
    </message>
    <message>
        <source>%1 — %2 · models: %3 · register: %4</source>
        <translation>%1 — %2 · मॉडल: %3 · रजिस्टर: %4</translation>
    </message>
    <message>
        <source>unnamed product</source>
        <translation>बिना नाम का उत्पाद</translation>
    </message>
    <message>
        <source>none in master data</source>
        <translation>मास्टर डेटा में कोई नहीं</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>कभी नहीं देखा</translation>
    </message>
    <message>
        <source>Choose the model (type its first letters)</source>
        <translation>मॉडल चुनें (उसके पहले अक्षर टाइप करें)</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>दर्ज नहीं हुई: %1</translation>
    </message>
    <message>
        <source>Complaint %1 registered — %2, %3 (%4).</source>
        <translation>शिकायत %1 दर्ज हुई — %2, %3 (%4)।</translation>
    </message>
    <message>
        <source>What the complaint still needs</source>
        <translation>शिकायत में अभी क्या बाकी है</translation>
    </message>
    <message>
        <source>Ready to register: %1 registers the complaint.</source>
        <translation>दर्ज करने के लिए तैयार: %1 शिकायत दर्ज करता है।</translation>
    </message>
</context>
<context>
    <name>fb::ResultBanner</name>
    <message>
        <source>Last scan result</source>
        <translation>अंतिम स्कैन का परिणाम</translation>
    </message>
</context>
<context>
    <name>fb::ReturnOrderDialog</name>
    <message>
        <source>Return order — %1</source>
        <translation>रिटर्न ऑर्डर — %1</translation>
    </message>
    <message>
        <source>Return defective parts and/or the unit of complaint &lt;b&gt;%1&lt;/b&gt; (%2). Class A parts need the defective part&apos;s serial number.</source>
        <translation>शिकायत &lt;b&gt;%1&lt;/b&gt; (%2) के खराब पार्ट और/या यूनिट वापस भेजें। क्लास A पार्ट के लिए खराब पार्ट का सीरियल नंबर चाहिए।</translation>
    </message>
    <message>
        <source>Part request</source>
        <translation>पार्ट अनुरोध</translation>
    </message>
    <message>
        <source>(none — the unit only)</source>
        <translation>(कोई नहीं — केवल यूनिट)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Part request:</source>
        <translation>पार्ट अनुरोध (&amp;P):</translation>
    </message>
    <message>
        <source>Reason for the return</source>
        <translation>वापसी का कारण</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>कारण (&amp;E):</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>सीरियल</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Add a &amp;defective part</source>
        <translation>खराब पार्ट जोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>Add the &amp;unit</source>
        <translation>यूनिट जोड़ें (&amp;U)</translation>
    </message>
    <message>
        <source>Create return order  (%1)</source>
        <translation>रिटर्न ऑर्डर बनाएँ  (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 (class %3)</source>
        <translation>%1 — %2 (क्लास %3)</translation>
    </message>
    <message>
        <source>Returned part %1</source>
        <translation>वापस किया गया पार्ट %1</translation>
    </message>
    <message>
        <source>Choose the part request first, then the part</source>
        <translation>पहले पार्ट अनुरोध चुनें, फिर पार्ट</translation>
    </message>
    <message>
        <source>Serial of returned item %1</source>
        <translation>वापस किए गए आइटम %1 का सीरियल</translation>
    </message>
    <message>
        <source>Defective part&apos;s serial (class A: required)</source>
        <translation>खराब पार्ट का सीरियल (क्लास A: ज़रूरी)</translation>
    </message>
    <message>
        <source>The unit (%1)</source>
        <translation>यूनिट (%1)</translation>
    </message>
</context>
<context>
    <name>fb::ReturnOrderService</name>
    <message>
        <source>No complaint %1 on this station: check the number.</source>
        <translation>इस स्टेशन पर कोई शिकायत %1 नहीं है: नंबर जाँचें।</translation>
    </message>
    <message>
        <source>Complaint %1 is cancelled: nothing can be returned against it.</source>
        <translation>शिकायत %1 रद्द है: इसके बदले कुछ भी वापस नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Part request %1 does not belong to complaint %2: check both numbers.</source>
        <translation>पार्ट अनुरोध %1 शिकायत %2 का नहीं है: दोनों नंबर जाँचें।</translation>
    </message>
    <message>
        <source>Part request %1 is %2: defective parts are returned once the new part was issued.</source>
        <translation>पार्ट अनुरोध %1 %2 है: खराब पार्ट तभी वापस होते हैं जब नया पार्ट जारी हो चुका हो।</translation>
    </message>
    <message>
        <source>Add at least one defective part or the unit to the return order.</source>
        <translation>रिटर्न ऑर्डर में कम से कम एक खराब पार्ट या यूनिट जोड़ें।</translation>
    </message>
    <message>
        <source>Unit %1 is not the unit of complaint %2 (%3): return the complaint&apos;s unit.</source>
        <translation>यूनिट %1 शिकायत %2 (%3) का यूनिट नहीं है: शिकायत वाला यूनिट वापस करें।</translation>
    </message>
    <message>
        <source>Item %1: choose the part being returned.</source>
        <translation>आइटम %1: वापस किया जा रहा पार्ट चुनें।</translation>
    </message>
    <message>
        <source>Part %1 is not in master data: check the code, or pull master data.</source>
        <translation>पार्ट %1 मास्टर डेटा में नहीं है: कोड जाँचें, या मास्टर डेटा लाएँ।</translation>
    </message>
    <message>
        <source>Part %1 is not on part request %2: return only the parts it replaced.</source>
        <translation>पार्ट %1 पार्ट अनुरोध %2 में नहीं है: केवल वही पार्ट वापस करें जो इससे बदले गए।</translation>
    </message>
    <message>
        <source>%1 (%2) is a class A part: give the defective part&apos;s serial number.</source>
        <translation>%1 (%2) क्लास A पार्ट है: खराब पार्ट का सीरियल नंबर दें।</translation>
    </message>
    <message>
        <source>A part with a serial number is returned one at a time: quantity 1.</source>
        <translation>सीरियल नंबर वाला पार्ट एक-एक करके वापस होता है: मात्रा 1।</translation>
    </message>
    <message>
        <source>Quantity of %1 must be 1 to %2, not %3.</source>
        <translation>%1 की मात्रा 1 से %2 तक होनी चाहिए, %3 नहीं।</translation>
    </message>
    <message>
        <source>Serial %1 is on this return order twice.</source>
        <translation>सीरियल %1 इस रिटर्न ऑर्डर में दो बार है।</translation>
    </message>
    <message>
        <source>Serial %1 was already returned on another return order.</source>
        <translation>सीरियल %1 पहले ही किसी दूसरे रिटर्न ऑर्डर में वापस हो चुका है।</translation>
    </message>
</context>
<context>
    <name>fb::Role</name>
    <message>
        <source>Warehouse</source>
        <translation>गोदाम</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>तकनीशियन</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>एडमिन</translation>
    </message>
</context>
<context>
    <name>fb::ScanDecoder</name>
    <message>
        <source>The scanner sent an empty code. Scan again; if it keeps happening, check the scanner&apos;s prefix and suffix in Settings.</source>
        <translation>स्कैनर ने खाली कोड भेजा। फिर से स्कैन करें; अगर ऐसा बार-बार हो, तो सेटिंग्स में स्कैनर का प्रीफ़िक्स और सफ़िक्स जाँचें।</translation>
    </message>
    <message>
        <source>Barcode %1 has check digit %2; it should be %3. The label is damaged or misread: scan it again, or key the code in.</source>
        <translation>बारकोड %1 का चेक अंक %2 है; यह %3 होना चाहिए। लेबल खराब है या गलत पढ़ा गया: फिर से स्कैन करें, या कोड टाइप करें।</translation>
    </message>
    <message>
        <source>The GS1 barcode holds no data. Scan it again.</source>
        <translation>GS1 बारकोड में कोई डेटा नहीं है। फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>The GS1 barcode has an application identifier Floorbridge does not know (it starts &apos;%1&apos;). Scan a different barcode on the label, or ask a supervisor to key it in.</source>
        <translation>GS1 बारकोड में ऐसा एप्लिकेशन आइडेंटिफ़ायर है जिसे फ़्लोरब्रिज नहीं जानता (यह &apos;%1&apos; से शुरू होता है)। लेबल पर कोई दूसरा बारकोड स्कैन करें, या पर्यवेक्षक से इसे टाइप करवाएँ।</translation>
    </message>
    <message>
        <source>The GS1 barcode ends early: AI (%1) needs %2 characters but has %3. Scan it again.</source>
        <translation>GS1 बारकोड जल्दी खत्म हो गया: AI (%1) को %2 अक्षर चाहिए पर %3 हैं। फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>The GS1 barcode has an empty AI (%1). Scan it again.</source>
        <translation>GS1 बारकोड में AI (%1) खाली है। फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>The GS1 barcode&apos;s AI (%1) is %2 characters long; at most %3 are allowed. The code was misread or a separator is missing: scan it again.</source>
        <translation>GS1 बारकोड का AI (%1) %2 अक्षर लंबा है; अधिकतम %3 की अनुमति है। कोड गलत पढ़ा गया या कोई सेपरेटर छूट गया: फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>The GS1 barcode&apos;s AI (%1) should hold only digits, not &apos;%2&apos;. Scan it again.</source>
        <translation>GS1 बारकोड के AI (%1) में केवल अंक होने चाहिए, &apos;%2&apos; नहीं। फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>%1 %2 has check digit %3; it should be %4. The label is misprinted or was misread: scan it again, or key the serial in.</source>
        <translation>%1 %2 का चेक अंक %3 है; यह %4 होना चाहिए। लेबल गलत छपा है या गलत पढ़ा गया: फिर से स्कैन करें, या सीरियल टाइप करें।</translation>
    </message>
    <message>
        <source>SSCC</source>
        <translation>SSCC</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>The GS1 barcode&apos;s date in AI (%1) is not a real date (%2, as YYMMDD). Check the label and key the date in.</source>
        <translation>GS1 बारकोड के AI (%1) की तारीख असली तारीख नहीं है (%2, YYMMDD के रूप में)। लेबल जाँचें और तारीख टाइप करें।</translation>
    </message>
</context>
<context>
    <name>fb::ScanSourceFactory</name>
    <message>
        <source>Unknown scanner source in Settings → Scanner; choose serial, wedge or hid.</source>
        <translation>सेटिंग्स → स्कैनर में अज्ञात स्कैनर स्रोत; serial, wedge या hid चुनें।</translation>
    </message>
</context>
<context>
    <name>fb::ScannerSettings</name>
    <message>
        <source>%1 &apos;%2&apos; is not a USB id: write up to 4 hex digits as lsusb shows them (e.g. 0c2e), or leave it empty for any.</source>
        <translation>%1 &apos;%2&apos; USB id नहीं है: अधिकतम 4 hex अंक लिखें जैसे lsusb दिखाता है (जैसे 0c2e), या किसी के लिए भी खाली छोड़ें।</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Serial port is empty: choose the port the scanner is on, or type its path (e.g. /dev/ttyUSB0 or /dev/serial/by-id/…).</source>
        <translation>सीरियल पोर्ट खाली है: वह पोर्ट चुनें जिस पर स्कैनर लगा है, या उसका पाथ टाइप करें (जैसे /dev/ttyUSB0 या /dev/serial/by-id/…)।</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>बॉड रेट</translation>
    </message>
    <message>
        <source>Inter-byte gap</source>
        <translation>बाइट के बीच का अंतराल</translation>
    </message>
    <message>
        <source>Serial reconnect interval</source>
        <translation>सीरियल दोबारा जोड़ने का अंतराल</translation>
    </message>
    <message>
        <source>Max time between keys</source>
        <translation>कुंजियों के बीच अधिकतम समय</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>न्यूनतम लंबाई</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> अक्षर</translation>
    </message>
    <message>
        <source>HID reconnect interval</source>
        <translation>HID दोबारा जोड़ने का अंतराल</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>प्रीफ़िक्स</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>सफ़िक्स</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has a \x that is not followed by two hex digits: write a control character as \x02, a backslash as \\.</source>
        <translation>%1 &apos;%2&apos; में ऐसा \x है जिसके बाद दो hex अंक नहीं हैं: कंट्रोल कैरेक्टर को \x02 और बैकस्लैश को \\ लिखें।</translation>
    </message>
</context>
<context>
    <name>fb::ScannerSettingsPanel</name>
    <message>
        <source>Scanner</source>
        <translation>स्कैनर</translation>
    </message>
    <message>
        <source>Scanner type</source>
        <translation>स्कैनर का प्रकार</translation>
    </message>
    <message>
        <source>Serial port (RS-232 or USB serial)</source>
        <translation>सीरियल पोर्ट (RS-232 या USB सीरियल)</translation>
    </message>
    <message>
        <source>Keyboard wedge (the scanner types its codes)</source>
        <translation>कीबोर्ड वेज (स्कैनर अपने कोड टाइप करता है)</translation>
    </message>
    <message>
        <source>USB HID POS</source>
        <translation>USB HID POS</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>स्रोत (&amp;S)</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>सीरियल पोर्ट</translation>
    </message>
    <message>
        <source>A port from the list, or any path, e.g. /dev/serial/by-id/… for a name that survives replugging.</source>
        <translation>सूची से कोई पोर्ट, या कोई भी पाथ, जैसे /dev/serial/by-id/… — ऐसा नाम जो दोबारा लगाने पर भी वही रहे।</translation>
    </message>
    <message>
        <source>e.g. /dev/ttyUSB0</source>
        <translation>जैसे /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>R&amp;efresh ports</source>
        <translation>पोर्ट रीफ़्रेश करें (&amp;E)</translation>
    </message>
    <message>
        <source>Look for serial ports again</source>
        <translation>सीरियल पोर्ट फिर से ढूँढें</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>पोर्ट (&amp;P)</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>बॉड रेट</translation>
    </message>
    <message>
        <source>&amp;Baud rate</source>
        <translation>बॉड रेट (&amp;B)</translation>
    </message>
    <message>
        <source>Data bits</source>
        <translation>डेटा बिट</translation>
    </message>
    <message>
        <source>&amp;Data bits</source>
        <translation>डेटा बिट (&amp;D)</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>पैरिटी</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>सम (Even)</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>विषम (Odd)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Pa&amp;rity</source>
        <translation>पैरिटी (&amp;R)</translation>
    </message>
    <message>
        <source>Stop bits</source>
        <translation>स्टॉप बिट</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>1.5</source>
        <translation>1.5</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>St&amp;op bits</source>
        <translation>स्टॉप बिट (&amp;O)</translation>
    </message>
    <message>
        <source>Flow control</source>
        <translation>फ़्लो कंट्रोल</translation>
    </message>
    <message>
        <source>Hardware (RTS/CTS)</source>
        <translation>हार्डवेयर (RTS/CTS)</translation>
    </message>
    <message>
        <source>Software (XON/XOFF)</source>
        <translation>सॉफ़्टवेयर (XON/XOFF)</translation>
    </message>
    <message>
        <source>&amp;Flow control</source>
        <translation>फ़्लो कंट्रोल (&amp;F)</translation>
    </message>
    <message>
        <source>Serial code terminator</source>
        <translation>सीरियल कोड टर्मिनेटर</translation>
    </message>
    <message>
        <source>CR (carriage return)</source>
        <translation>CR (कैरिज रिटर्न)</translation>
    </message>
    <message>
        <source>LF (line feed)</source>
        <translation>LF (लाइन फ़ीड)</translation>
    </message>
    <message>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <source>None: a code ends when the line goes quiet</source>
        <translation>कोई नहीं: लाइन शांत होने पर कोड खत्म होता है</translation>
    </message>
    <message>
        <source>&amp;Terminator</source>
        <translation>टर्मिनेटर (&amp;T)</translation>
    </message>
    <message>
        <source>Inter-byte gap in milliseconds</source>
        <translation>बाइट के बीच का अंतराल मिलीसेकंड में</translation>
    </message>
    <message>
        <source>Without a terminator, a code ends when no byte arrives for this long.</source>
        <translation>टर्मिनेटर के बिना, जब इतनी देर कोई बाइट न आए तो कोड खत्म होता है।</translation>
    </message>
    <message>
        <source>Inter-byte &amp;gap</source>
        <translation>बाइट के बीच का अंतराल (&amp;G)</translation>
    </message>
    <message>
        <source>Serial reconnect interval in milliseconds</source>
        <translation>सीरियल दोबारा जोड़ने का अंतराल मिलीसेकंड में</translation>
    </message>
    <message>
        <source>Reco&amp;nnect every</source>
        <translation>हर इतनी देर में दोबारा जोड़ें (&amp;N)</translation>
    </message>
    <message>
        <source>Maximum time between a scanner&apos;s keys in milliseconds</source>
        <translation>स्कैनर की कुंजियों के बीच अधिकतम समय मिलीसेकंड में</translation>
    </message>
    <message>
        <source>Keys closer together than this are a scanner; people type slower. Raise it (50–80) if scans land in fields as text.</source>
        <translation>इससे कम अंतर वाली कुंजियाँ स्कैनर की होती हैं; लोग धीमे टाइप करते हैं। अगर स्कैन फ़ील्ड में टेक्स्ट बनकर आएँ तो इसे बढ़ाएँ (50–80)।</translation>
    </message>
    <message>
        <source>Max time between &amp;keys</source>
        <translation>कुंजियों के बीच अधिकतम समय (&amp;K)</translation>
    </message>
    <message>
        <source>Minimum code length</source>
        <translation>कोड की न्यूनतम लंबाई</translation>
    </message>
    <message>
        <source>Shorter bursts are typing, however fast. Raise it if fast typists get scans.</source>
        <translation>इससे छोटी बौछार टाइपिंग मानी जाती है, चाहे कितनी भी तेज़ हो। अगर तेज़ टाइप करने वालों का टाइप स्कैन बन जाए तो इसे बढ़ाएँ।</translation>
    </message>
    <message>
        <source>Minimum len&amp;gth</source>
        <translation>न्यूनतम लंबाई (&amp;G)</translation>
    </message>
    <message>
        <source>Key that ends a scan</source>
        <translation>स्कैन खत्म करने वाली कुंजी</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>None: a scan ends when the keys stop</source>
        <translation>कोई नहीं: कुंजियाँ रुकने पर स्कैन खत्म होता है</translation>
    </message>
    <message>
        <source>Plugged-in USB HID devices</source>
        <translation>लगे हुए USB HID डिवाइस</translation>
    </message>
    <message>
        <source>R&amp;efresh devices</source>
        <translation>डिवाइस रीफ़्रेश करें (&amp;E)</translation>
    </message>
    <message>
        <source>Look for USB HID devices again</source>
        <translation>USB HID डिवाइस फिर से ढूँढें</translation>
    </message>
    <message>
        <source>Plugged-in &amp;devices</source>
        <translation>लगे हुए डिवाइस (&amp;D)</translation>
    </message>
    <message>
        <source>USB vendor id in hex</source>
        <translation>USB vendor id hex में</translation>
    </message>
    <message>
        <source>any (e.g. 0c2e)</source>
        <translation>कोई भी (जैसे 0c2e)</translation>
    </message>
    <message>
        <source>&amp;Vendor id</source>
        <translation>vendor id (&amp;V)</translation>
    </message>
    <message>
        <source>USB product id in hex</source>
        <translation>USB product id hex में</translation>
    </message>
    <message>
        <source>any (e.g. 0b61)</source>
        <translation>कोई भी (जैसे 0b61)</translation>
    </message>
    <message>
        <source>&amp;Product id</source>
        <translation>product id (&amp;P)</translation>
    </message>
    <message>
        <source>HID reconnect interval in milliseconds</source>
        <translation>HID दोबारा जोड़ने का अंतराल मिलीसेकंड में</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>डिकोडिंग</translation>
    </message>
    <message>
        <source>Prefix the scanner sends</source>
        <translation>स्कैनर जो प्रीफ़िक्स भेजता है</translation>
    </message>
    <message>
        <source>Suffix the scanner sends</source>
        <translation>स्कैनर जो सफ़िक्स भेजता है</translation>
    </message>
    <message>
        <source>none (e.g. \x02)</source>
        <translation>कोई नहीं (जैसे \x02)</translation>
    </message>
    <message>
        <source>Stripped when a code starts (ends) with it. Control characters as \x02, \r, \n, \t; a backslash as \\.</source>
        <translation>कोड इससे शुरू (खत्म) हो तो हटा दिया जाता है। कंट्रोल कैरेक्टर \x02, \r, \n, \t की तरह; बैकस्लैश \\ की तरह।</translation>
    </message>
    <message>
        <source>Prefi&amp;x</source>
        <translation>प्रीफ़िक्स (&amp;X)</translation>
    </message>
    <message>
        <source>S&amp;uffix</source>
        <translation>सफ़िक्स (&amp;U)</translation>
    </message>
    <message>
        <source>Strip A&amp;IM symbology identifiers (]C1, ]d2, ]Q3 …)</source>
        <translation>AIM सिम्बोलॉजी आइडेंटिफ़ायर हटाएँ (&amp;I) (]C1, ]d2, ]Q3 …)</translation>
    </message>
    <message>
        <source>Strip AIM symbology identifiers</source>
        <translation>AIM सिम्बोलॉजी आइडेंटिफ़ायर हटाएँ</translation>
    </message>
    <message>
        <source>Read GS&amp;1 element strings (AI 21 is the serial)</source>
        <translation>GS1 एलिमेंट स्ट्रिंग पढ़ें (&amp;1) (AI 21 सीरियल है)</translation>
    </message>
    <message>
        <source>Read GS1 element strings</source>
        <translation>GS1 एलिमेंट स्ट्रिंग पढ़ें</translation>
    </message>
    <message>
        <source>Apply scanner settings (Ctrl+S)</source>
        <translation>स्कैनर सेटिंग्स लागू करें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the scanner settings and switch the scanner now</source>
        <translation>स्कैनर सेटिंग्स सहेजें और अभी स्कैनर बदलें</translation>
    </message>
    <message>
        <source>Save and switch the scanner now (Ctrl+S)</source>
        <translation>सहेजें और अभी स्कैनर बदलें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Scanner settings problem</source>
        <translation>स्कैनर सेटिंग्स में समस्या</translation>
    </message>
    <message>
        <source>Running scanner</source>
        <translation>चल रहा स्कैनर</translation>
    </message>
    <message>
        <source>No scanner is running.</source>
        <translation>कोई स्कैनर नहीं चल रहा है।</translation>
    </message>
    <message>
        <source>Scanner state</source>
        <translation>स्कैनर की स्थिति</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Test scan field</source>
        <translation>टेस्ट स्कैन फ़ील्ड</translation>
    </message>
    <message>
        <source>Scan a code here (a keyboard wedge is listened to while this has focus)</source>
        <translation>यहाँ कोड स्कैन करें (जब यह फ़ोकस में हो, तब कीबोर्ड वेज सुना जाता है)</translation>
    </message>
    <message>
        <source>Test s&amp;can</source>
        <translation>टेस्ट स्कैन (&amp;C)</translation>
    </message>
    <message>
        <source>No scan yet.</source>
        <translation>अभी कोई स्कैन नहीं।</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>अंतिम स्कैन</translation>
    </message>
    <message>
        <source>Baud rate &apos;%1&apos; is not a number: choose one from the list or type the rate the scanner is set to (e.g. 9600).</source>
        <translation>बॉड रेट &apos;%1&apos; संख्या नहीं है: सूची से एक चुनें या स्कैनर में सेट रेट टाइप करें (जैसे 9600)।</translation>
    </message>
    <message>
        <source>Inter-byte gap</source>
        <translation>बाइट के बीच का अंतराल</translation>
    </message>
    <message>
        <source>Serial reconnect interval</source>
        <translation>सीरियल दोबारा जोड़ने का अंतराल</translation>
    </message>
    <message>
        <source>Max time between keys</source>
        <translation>कुंजियों के बीच अधिकतम समय</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>न्यूनतम लंबाई</translation>
    </message>
    <message>
        <source>HID reconnect interval</source>
        <translation>HID दोबारा जोड़ने का अंतराल</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number from %3 to %4%5.</source>
        <translation>%1 &apos;%2&apos; %3 से %4%5 तक की संख्या नहीं है।</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>vendor id</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>product id</translation>
    </message>
    <message>
        <source>No scan yet: scan a code to check the new settings.</source>
        <translation>अभी कोई स्कैन नहीं: नई सेटिंग्स जाँचने के लिए कोई कोड स्कैन करें।</translation>
    </message>
    <message>
        <source>The settings are saved, but the scanner could not be switched: %1</source>
        <translation>सेटिंग्स सहेजी गईं, पर स्कैनर बदला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Scanner settings saved: the station now uses %1.</source>
        <translation>स्कैनर सेटिंग्स सहेजी गईं: स्टेशन अब %1 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>Choose one to fill in its ids…</source>
        <translation>ids भरने के लिए एक चुनें…</translation>
    </message>
    <message>
        <source>HID POS scanner</source>
        <translation>HID POS स्कैनर</translation>
    </message>
    <message>
        <source>other HID device</source>
        <translation>दूसरा HID डिवाइस</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No USB HID device found (type the ids, or plug the scanner in and refresh)</source>
        <translation>कोई USB HID डिवाइस नहीं मिला (ids टाइप करें, या स्कैनर लगाकर रीफ़्रेश करें)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>जुड़ा हुआ</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>जुड़ रहा है</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>जुड़ा नहीं</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>GTIN %1</source>
        <translation>GTIN %1</translation>
    </message>
    <message>
        <source>as sent: %1</source>
        <translation>जैसा भेजा: %1</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%3 पर %1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1 (as sent: %2)</source>
        <translation>अस्वीकृत: %1 (जैसा भेजा: %2)</translation>
    </message>
</context>
<context>
    <name>fb::SerialGenerationService</name>
    <message>
        <source>Choose a product and how many serial numbers to generate.</source>
        <translation>उत्पाद चुनें और कितने सीरियल नंबर बनाने हैं।</translation>
    </message>
    <message>
        <source>%1 is listed twice: give its whole quantity on one line.</source>
        <translation>%1 दो बार दिया गया है: इसकी पूरी मात्रा एक ही पंक्ति में दें।</translation>
    </message>
    <message>
        <source>Enter how many %1 serial numbers to generate (1 or more).</source>
        <translation>%1 के कितने सीरियल नंबर बनाने हैं, डालें (1 या अधिक)।</translation>
    </message>
</context>
<context>
    <name>fb::SerialLookupService</name>
    <message>
        <source>Scan or type a serial number to look it up.</source>
        <translation>खोजने के लिए सीरियल नंबर स्कैन या टाइप करें।</translation>
    </message>
    <message>
        <source>In open inward draft %1 of %2 into %3 (line %4), not yet submitted.</source>
        <translation>%2 के खुले इनवर्ड ड्राफ़्ट %1 में, %3 में (पंक्ति %4), अभी जमा नहीं हुआ।</translation>
    </message>
    <message>
        <source>%1 is a well-formed %2 serial (made %3), but it is not in the serial register: it was never generated or inwarded on this station.</source>
        <translation>%1 सही बना %2 सीरियल है (निर्माण %3), पर यह सीरियल रजिस्टर में नहीं है: यह इस स्टेशन पर कभी बनाया या इनवर्ड नहीं किया गया।</translation>
    </message>
    <message>
        <source>Generated, not yet inwarded</source>
        <translation>बनाया गया, अभी इनवर्ड नहीं हुआ</translation>
    </message>
    <message>
        <source>In stock at %1</source>
        <translation>%1 के स्टॉक में</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>%1 को डिस्पैच किया गया</translation>
    </message>
    <message>
        <source>Dispatched to %1 from %2</source>
        <translation>%2 से %1 को डिस्पैच किया गया</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>वापस आया</translation>
    </message>
</context>
<context>
    <name>fb::SerialRegister</name>
    <message>
        <source>Serial %1 is already registered.</source>
        <translation>सीरियल %1 पहले से रजिस्टर है।</translation>
    </message>
    <message>
        <source>Serial %1 is no longer %2: another station or window moved it. Scan it again to see where it is.</source>
        <translation>सीरियल %1 अब %2 नहीं है: किसी दूसरे स्टेशन या विंडो ने इसे बदल दिया। यह कहाँ है, देखने के लिए इसे फिर से स्कैन करें।</translation>
    </message>
</context>
<context>
    <name>fb::SerialScanner</name>
    <message>
        <source>No serial port is set for the scanner. Choose one in Settings → Scanner.</source>
        <translation>स्कैनर के लिए कोई सीरियल पोर्ट सेट नहीं है। सेटिंग्स → स्कैनर में एक चुनें।</translation>
    </message>
    <message>
        <source>Opening the scanner on %1…</source>
        <translation>%1 पर स्कैनर खोल रहे हैं…</translation>
    </message>
    <message>
        <source>Scanner on %1 stopped.</source>
        <translation>%1 पर स्कैनर रुका।</translation>
    </message>
    <message>
        <source>Scanner on %1 ready.</source>
        <translation>%1 पर स्कैनर तैयार।</translation>
    </message>
    <message>
        <source>Floorbridge may not open the scanner on %1. Ask IT to add this station&apos;s user to the &apos;dialout&apos; group, then log in again.</source>
        <translation>फ़्लोरब्रिज %1 पर स्कैनर नहीं खोल सकता। IT से इस स्टेशन के यूज़र को &apos;dialout&apos; समूह में जोड़ने को कहें, फिर से लॉग इन करें।</translation>
    </message>
    <message>
        <source>No scanner on %1 — plug it in; Floorbridge will pick it up by itself.</source>
        <translation>%1 पर कोई स्कैनर नहीं — उसे लगाएँ; फ़्लोरब्रिज उसे अपने आप पहचान लेगा।</translation>
    </message>
    <message>
        <source>The scanner on %1 could not be opened (%2). Trying again…</source>
        <translation>%1 पर स्कैनर खोला नहीं जा सका (%2)। फिर से कोशिश हो रही है…</translation>
    </message>
    <message>
        <source>Scanner on %1 unplugged — waiting for it to come back.</source>
        <translation>%1 पर स्कैनर निकाल दिया गया — वापस लगने का इंतज़ार।</translation>
    </message>
    <message>
        <source>The scanner sent %1 bytes without the ending set in Settings (%2). Check the scanner&apos;s terminator setting.</source>
        <translation>स्कैनर ने सेटिंग्स में सेट अंत (%2) के बिना %1 बाइट भेजे। स्कैनर की टर्मिनेटर सेटिंग जाँचें।</translation>
    </message>
    <message>
        <source>The scanner sent &apos;%1&apos; without the %2 ending set in Settings. Scan again; if it keeps happening, check the scanner&apos;s terminator setting.</source>
        <translation>स्कैनर ने सेटिंग्स में सेट %2 अंत के बिना &apos;%1&apos; भेजा। फिर से स्कैन करें; अगर ऐसा बार-बार हो, तो स्कैनर की टर्मिनेटर सेटिंग जाँचें।</translation>
    </message>
</context>
<context>
    <name>fb::Service</name>
    <message>
        <source>Document %1 is empty: attach the photo or PDF itself.</source>
        <translation>दस्तावेज़ %1 खाली है: असली फ़ोटो या PDF जोड़ें।</translation>
    </message>
    <message>
        <source>Document %1 is not a PNG or JPEG image or a PDF: attach a photo or a scanned PDF.</source>
        <translation>दस्तावेज़ %1 PNG या JPEG फ़ोटो या PDF नहीं है: फ़ोटो या स्कैन किया PDF जोड़ें।</translation>
    </message>
    <message>
        <source>Document %1 is %2 KB; the limit is %3 KB: attach a smaller photo or scan.</source>
        <translation>दस्तावेज़ %1 %2 KB का है; सीमा %3 KB है: छोटी फ़ोटो या स्कैन जोड़ें।</translation>
    </message>
    <message>
        <source>Cannot create the documents folder %1: check the data folder&apos;s permissions.</source>
        <translation>दस्तावेज़ फ़ोल्डर %1 नहीं बन सका: डेटा फ़ोल्डर की अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <source>Cannot save document %1 to %2: %3.</source>
        <translation>दस्तावेज़ %1 को %2 में सहेजा नहीं जा सका: %3।</translation>
    </message>
    <message>
        <source>No document %1 on this station.</source>
        <translation>इस स्टेशन पर कोई दस्तावेज़ %1 नहीं है।</translation>
    </message>
    <message>
        <source>Cannot read document %1 (%2): %3.</source>
        <translation>दस्तावेज़ %1 पढ़ा नहीं जा सका (%2): %3।</translation>
    </message>
    <message>
        <source>Document %1 on disk (%2) no longer matches its hash: it was changed outside Floorbridge.</source>
        <translation>डिस्क पर दस्तावेज़ %1 (%2) अब अपने हैश से मेल नहीं खाता: इसे फ़्लोरब्रिज के बाहर बदला गया।</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>सौंपी गई</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>विज़िट हुई</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>पार्ट की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल हुई</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>स्वीकृति की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>बदला गया</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>इस्तेमाल हुआ</translation>
    </message>
</context>
<context>
    <name>fb::ServiceDashboardView</name>
    <message>
        <source>Spare requests waiting for approval</source>
        <translation>स्वीकृति की प्रतीक्षा में स्पेयर अनुरोध</translation>
    </message>
    <message>
        <source>Ageing of open complaints</source>
        <translation>खुली शिकायतें कितने दिनों से</translation>
    </message>
    <message>
        <source>Open by status</source>
        <translation>स्थिति के अनुसार खुली</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <source>Open by call type</source>
        <translation>कॉल प्रकार के अनुसार खुली</translation>
    </message>
    <message>
        <source>Open complaints by status</source>
        <translation>स्थिति के अनुसार खुली शिकायतें</translation>
    </message>
    <message>
        <source>Open complaints by call type</source>
        <translation>कॉल प्रकार के अनुसार खुली शिकायतें</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open complaints&lt;/b&gt; (newest first; Up/Down to choose)</source>
        <translation>&lt;b&gt;खुली शिकायतें&lt;/b&gt; (नई पहले; चुनने के लिए Up/Down)</translation>
    </message>
    <message>
        <source>Part request</source>
        <translation>पार्ट अनुरोध</translation>
    </message>
    <message>
        <source>Part request  (%1)</source>
        <translation>पार्ट अनुरोध  (%1)</translation>
    </message>
    <message>
        <source>Part request for the selected complaint</source>
        <translation>चुनी हुई शिकायत के लिए पार्ट अनुरोध</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>खुली शिकायतें</translation>
    </message>
    <message>
        <source>Spare requests waiting for approval: %1</source>
        <translation>स्वीकृति की प्रतीक्षा में स्पेयर अनुरोध: %1</translation>
    </message>
    <message>
        <source>Open for 0–2 days: %1 · 3–7 days: %2 · over 7 days: %3</source>
        <translation>0–2 दिन से खुली: %1 · 3–7 दिन: %2 · 7 दिन से ज़्यादा: %3</translation>
    </message>
    <message>
        <source>Choose an open complaint first (Up/Down in the list).</source>
        <translation>पहले एक खुली शिकायत चुनें (सूची में Up/Down)।</translation>
    </message>
    <message>
        <source>Part request %1 for %2 sent for approval.</source>
        <translation>%2 के लिए पार्ट अनुरोध %1 स्वीकृति के लिए भेजा गया।</translation>
    </message>
</context>
<context>
    <name>fb::ServicePage</name>
    <message>
        <source>Service desk</source>
        <translation>सर्विस डेस्क</translation>
    </message>
    <message>
        <source>Service desk sections</source>
        <translation>सर्विस डेस्क के भाग</translation>
    </message>
    <message>
        <source>Dashboard  (Ctrl+1)</source>
        <translation>डैशबोर्ड  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Register complaint  (Ctrl+2)</source>
        <translation>शिकायत दर्ज करें  (Ctrl+2)</translation>
    </message>
    <message>
        <source>All complaints  (Ctrl+3)</source>
        <translation>सभी शिकायतें  (Ctrl+3)</translation>
    </message>
    <message>
        <source>Track complaint  (Ctrl+4)</source>
        <translation>शिकायत ट्रैक करें  (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>fb::SettingsStore</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>सेटिंग का नाम होना चाहिए।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a secret. Secrets are kept only in the OS keychain: use &apos;floorbridge-ctl credentials set legacy|new&apos;.</source>
        <translation>&apos;%1&apos; कोई गुप्त जानकारी लगती है। गुप्त जानकारी केवल OS कीचेन में रखी जाती है: &apos;floorbridge-ctl credentials set legacy|new&apos; का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>fb::SyncAdminService</name>
    <message>
        <source>There is no outbox row %1: check the number.</source>
        <translation>कोई आउटबॉक्स पंक्ति %1 नहीं है: नंबर जाँचें।</translation>
    </message>
    <message>
        <source>Give a reason for discarding outbox row %1: it goes to the audit log.</source>
        <translation>आउटबॉक्स पंक्ति %1 हटाने का कारण दें: यह ऑडिट लॉग में जाता है।</translation>
    </message>
    <message>
        <source>Paused by %1 at %2.</source>
        <translation>%2 पर %1 ने रोका।</translation>
    </message>
    <message>
        <source>was paused: %1</source>
        <translation>रोका गया था: %1</translation>
    </message>
</context>
<context>
    <name>fb::SyncAlerts</name>
    <message>
        <source>paused: %1</source>
        <translation>रुका हुआ: %1</translation>
    </message>
    <message>
        <source>%1 is not receiving events</source>
        <translation>%1 को इवेंट नहीं मिल रहे</translation>
    </message>
    <message>
        <source>Nothing has reached the %1 for %2 (%3). %4 waiting, %5 failed — see the Sync page (F7).</source>
        <translation>%2 से %1 तक कुछ नहीं पहुँचा (%3)। %4 प्रतीक्षा में, %5 विफल — सिंक पेज देखें (F7)।</translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <translation>%1: %2 विफल</translation>
    </message>
    <message>
        <source>%1 in the failed queue of the %2: they wait for an administrator&apos;s retry or discard on the Sync page (F7).</source>
        <translation>%2 की विफल कतार में %1: ये सिंक पेज (F7) पर एडमिन के दोबारा भेजने या हटाने की प्रतीक्षा में हैं।</translation>
    </message>
</context>
<context>
    <name>fb::SyncChartsWidget</name>
    <message>
        <source>Events waiting per CRM over the last 24 hours</source>
        <translation>पिछले 24 घंटों में हर CRM के लिए प्रतीक्षा में इवेंट</translation>
    </message>
    <message>
        <source>Nothing waited for either CRM in the last 24 hours.</source>
        <translation>पिछले 24 घंटों में किसी भी CRM के लिए कुछ प्रतीक्षा में नहीं रहा।</translation>
    </message>
    <message>
        <source>Delivery latency per CRM and hour over the last 24 hours</source>
        <translation>पिछले 24 घंटों में हर CRM और घंटे की डिलीवरी देरी</translation>
    </message>
    <message>
        <source>No deliveries to either CRM in the last 24 hours.</source>
        <translation>पिछले 24 घंटों में किसी भी CRM को डिलीवरी नहीं हुई।</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1: %2 प्रतीक्षा में</translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation>%1 p95</translation>
    </message>
    <message>
        <source>%1 p50</source>
        <translation>%1 p50</translation>
    </message>
    <message>
        <source>%1–%2: %3 %4 ms</source>
        <translation>%1–%2: %3 %4 ms</translation>
    </message>
    <message>
        <source>%1 none</source>
        <translation>%1 कोई नहीं</translation>
    </message>
    <message>
        <source>%1: nothing waited</source>
        <translation>%1: कुछ प्रतीक्षा में नहीं रहा</translation>
    </message>
    <message>
        <source>%1 %2 now, peak %3 at %4</source>
        <translation>%1 अभी %2, अधिकतम %3 (%4 पर)</translation>
    </message>
    <message>
        <source>%1: %2 waiting now, at most %3 (at %4)</source>
        <translation>%1: अभी %2 प्रतीक्षा में, अधिकतम %3 (%4 पर)</translation>
    </message>
    <message>
        <source>Waiting, last 24 h</source>
        <translation>प्रतीक्षा में, पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>%1: no deliveries</source>
        <translation>%1: कोई डिलीवरी नहीं</translation>
    </message>
    <message>
        <source>%1 %2 / %3 ms at %4</source>
        <translation>%1 %2 / %3 ms (%4 पर)</translation>
    </message>
    <message numerus="yes">
        <source>%1: p50 %2 ms, p95 %3 ms at %4–%5 (%n delivered)</source>
        <translation>
            <numerusform>%1: p50 %2 ms, p95 %3 ms, %4–%5 (%n डिलीवर)</numerusform>
            <numerusform>%1: p50 %2 ms, p95 %3 ms, %4–%5 (%n डिलीवर)</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency p50 / p95, last 24 h</source>
        <translation>देरी p50 / p95, पिछले 24 घंटे</translation>
    </message>
</context>
<context>
    <name>fb::SyncEngine</name>
    <message>
        <source>Paused by an administrator at %1.</source>
        <translation>%1 पर एडमिन ने रोका।</translation>
    </message>
</context>
<context>
    <name>fb::SyncHealth</name>
    <message>
        <source>Legacy CRM</source>
        <translation>पुराना CRM</translation>
    </message>
    <message>
        <source>New CRM</source>
        <translation>नया CRM</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 बाकी</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 विफल</translation>
    </message>
    <message>
        <source>last ok %1</source>
        <translation>अंतिम सफल %1</translation>
    </message>
</context>
<context>
    <name>fb::SyncPage</name>
    <message>
        <source>Delivery alert</source>
        <translation>डिलीवरी चेतावनी</translation>
    </message>
    <message>
        <source>&amp;Failed queue — events a CRM refused or that ran out of attempts</source>
        <translation>विफल कतार (&amp;F) — ऐसे इवेंट जिन्हें CRM ने अस्वीकार किया या जिनके प्रयास खत्म हो गए</translation>
    </message>
    <message>
        <source>Failed queue</source>
        <translation>विफल कतार</translation>
    </message>
    <message>
        <source>&amp;Inspect (Enter)</source>
        <translation>जाँचें (&amp;I) (Enter)</translation>
    </message>
    <message>
        <source>Inspect the selected event: payload and the CRM&apos;s answer</source>
        <translation>चुना हुआ इवेंट जाँचें: पेलोड और CRM का जवाब</translation>
    </message>
    <message>
        <source>&amp;Retry now (Ctrl+R)</source>
        <translation>अभी दोबारा भेजें (&amp;R) (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send the selected event again now</source>
        <translation>चुना हुआ इवेंट अभी दोबारा भेजें</translation>
    </message>
    <message>
        <source>&amp;Discard… (Delete)</source>
        <translation>हटाएँ (&amp;D)… (Delete)</translation>
    </message>
    <message>
        <source>Discard the selected event, with a reason</source>
        <translation>चुना हुआ इवेंट कारण देकर हटाएँ</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>पिछली कार्रवाई का परिणाम</translation>
    </message>
    <message>
        <source>Floorbridge delivery</source>
        <translation>फ़्लोरब्रिज डिलीवरी</translation>
    </message>
    <message>
        <source>Delivery to the %1</source>
        <translation>%1 को डिलीवरी</translation>
    </message>
    <message>
        <source>%1 state</source>
        <translation>%1 की स्थिति</translation>
    </message>
    <message>
        <source>%1 backlog</source>
        <translation>%1 बैकलॉग</translation>
    </message>
    <message>
        <source>%1 oldest waiting</source>
        <translation>%1 में सबसे पुराना प्रतीक्षारत</translation>
    </message>
    <message>
        <source>%1 latency</source>
        <translation>%1 लेटेंसी</translation>
    </message>
    <message>
        <source>%1 error rate</source>
        <translation>%1 त्रुटि दर</translation>
    </message>
    <message>
        <source>%1 failed events</source>
        <translation>%1 विफल इवेंट</translation>
    </message>
    <message>
        <source>%1 last delivery</source>
        <translation>%1 अंतिम डिलीवरी</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>प्रतीक्षा में:</translation>
    </message>
    <message>
        <source>Oldest waiting:</source>
        <translation>सबसे पुराना प्रतीक्षारत:</translation>
    </message>
    <message>
        <source>Latency p50 / p95 (1 h):</source>
        <translation>लेटेंसी p50 / p95 (1 घंटा):</translation>
    </message>
    <message>
        <source>Error rate (1 h):</source>
        <translation>त्रुटि दर (1 घंटा):</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>विफल:</translation>
    </message>
    <message>
        <source>Last delivery:</source>
        <translation>अंतिम डिलीवरी:</translation>
    </message>
    <message>
        <source>Resume the &amp;legacy CRM</source>
        <translation>पुराने CRM को फिर से शुरू करें (&amp;L)</translation>
    </message>
    <message>
        <source>Resume the &amp;new CRM</source>
        <translation>नए CRM को फिर से शुरू करें (&amp;N)</translation>
    </message>
    <message>
        <source>Resume delivery to the %1</source>
        <translation>%1 को डिलीवरी फिर से शुरू करें</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>कुछ भी प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>रुका हुआ: %1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>अवरुद्ध: %1</translation>
    </message>
    <message>
        <source>Not delivering from this window (see floorbridge-ctl status).</source>
        <translation>इस विंडो से डिलीवरी नहीं हो रही (floorbridge-ctl status देखें)।</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>डिलीवरी हो रही है</translation>
    </message>
    <message>
        <source>no deliveries in the last hour</source>
        <translation>पिछले एक घंटे में कोई डिलीवरी नहीं</translation>
    </message>
    <message>
        <source>%1 ms / %2 ms</source>
        <translation>%1 ms / %2 ms</translation>
    </message>
    <message>
        <source>no attempts in the last hour</source>
        <translation>पिछले एक घंटे में कोई प्रयास नहीं</translation>
    </message>
    <message>
        <source>%1 % of 1 attempt</source>
        <translation>1 प्रयास में से %1 %</translation>
    </message>
    <message>
        <source>%1 % of %2 attempts</source>
        <translation>%2 प्रयासों में से %1 %</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>Retrying and discarding need the Admin role.</source>
        <translation>दोबारा भेजने और हटाने के लिए एडमिन भूमिका चाहिए।</translation>
    </message>
    <message>
        <source>Event %1 for the %2</source>
        <translation>%2 के लिए इवेंट %1</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>इवेंट:</translation>
    </message>
    <message>
        <source>Ordering key:</source>
        <translation>क्रम कुंजी:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>प्रयास:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>बनाया गया:</translation>
    </message>
    <message>
        <source>Failed at:</source>
        <translation>कब विफल हुआ:</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>अंतिम त्रुटि:</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>अंतिम त्रुटि</translation>
    </message>
    <message>
        <source>CRM&apos;s answer:</source>
        <translation>CRM का जवाब:</translation>
    </message>
    <message>
        <source>The CRM&apos;s last answer</source>
        <translation>CRM का अंतिम जवाब</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>पेलोड</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>पेलोड:</translation>
    </message>
    <message>
        <source>Event %1 will be sent again now.</source>
        <translation>इवेंट %1 अभी दोबारा भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Discard event %1</source>
        <translation>इवेंट %1 हटाएँ</translation>
    </message>
    <message>
        <source>Why is event %1 discarded? It will never be sent; the reason goes to the audit log.</source>
        <translation>इवेंट %1 क्यों हटाया जा रहा है? यह कभी नहीं भेजा जाएगा; कारण ऑडिट लॉग में जाता है।</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Event %1 discarded: %2</source>
        <translation>इवेंट %1 हटाया गया: %2</translation>
    </message>
    <message>
        <source>Delivery to the %1 resumed.</source>
        <translation>%1 को डिलीवरी फिर से शुरू हुई।</translation>
    </message>
</context>
<context>
    <name>fb::TrackComplaintView</name>
    <message>
        <source>Complaint number</source>
        <translation>शिकायत नंबर</translation>
    </message>
    <message>
        <source>CMP-2025-09-25-1001</source>
        <translation>CMP-2025-09-25-1001</translation>
    </message>
    <message>
        <source>Unit serial number</source>
        <translation>यूनिट सीरियल नंबर</translation>
    </message>
    <message>
        <source>Scan or type the unit&apos;s serial (Enter tracks)</source>
        <translation>यूनिट का सीरियल स्कैन या टाइप करें (Enter से ट्रैक)</translation>
    </message>
    <message>
        <source>Complaint &amp;number:</source>
        <translation>शिकायत नंबर (&amp;N):</translation>
    </message>
    <message>
        <source>Unit &amp;serial:</source>
        <translation>यूनिट सीरियल (&amp;S):</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>ट्रैक करें</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 call · technician %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · %3 कॉल · तकनीशियन %4</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>अभी सौंपी नहीं गई</translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <translation>ग्राहक %1 · %2</translation>
    </message>
    <message>
        <source> (new CRM)</source>
        <translation> (नया CRM)</translation>
    </message>
    <message>
        <source>Part request %1: %2</source>
        <translation>पार्ट अनुरोध %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::Translations</name>
    <message>
        <source>There is no %1 translation of Floorbridge; choose %2.</source>
        <translation>फ़्लोरब्रिज का कोई %1 अनुवाद नहीं है; %2 चुनें।</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>%1 अनुवाद इस बिल्ड में नहीं है।</translation>
    </message>
</context>
<context>
    <name>fb::ctl</name>
    <message>
        <source>Say who you are: --operator CODE (the PIN is read from $FLOORBRIDGE_PIN or standard input).</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) applied, %2 skipped.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part requests are waiting for approval.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part request %1 %2.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished">पार्ट अनुरोध %1 %2.</translation>
    </message>
    <message>
        <source>Complaint %1 registered (%2, %3, %4).</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1: use OPEN, ASSIGNED, VISITED, AWAITING_PARTS, RESOLVED, CLOSED or CANCELLED.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is %2.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1: technician %2, customer %3.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are dates: YYYY-MM-DD.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more: narrow the filter or raise --limit)</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL such as https://crm.example.com, not &apos;%2&apos;.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station.id must be 1–16 characters without spaces (e.g. ST01).</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station.number must be 1 to 9: it selects the block of running numbers this station owns.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is read from standard input, not the command line (it would be visible to other users and kept in shell history).</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token for the %1 CRM is in the keychain (%2 characters).</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for the %1 CRM removed.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1 CRM token and press Enter: </source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token on standard input: nothing was stored.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for the %1 CRM stored in the OS keychain.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station already has operators: the demo profile is only for a new station.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo station ready:</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the order file %1: %2</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order file %1 is not a JSON object: %2</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the serials file %1: %2</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was dispatched: fix the %n problem(s) above and run again.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 units dispatched, queued for both CRMs.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled: %2 units back in stock; a cancellation is queued for both CRMs.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled before it reached a CRM: %2 units back in stock; nothing will be sent.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft #%1</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished">ड्राफ़्ट #%1</translation>
    </message>
    <message>
        <source>%1: %2 left today on this station (block %3–%4, next %5)</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a whole number of 1 or more, not &apos;%1&apos;.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 serials generated (%3–%4), %5 left today on this station.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for both CRMs (event %1); &apos;floorbridge-ctl sync --once&apos; delivers now.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1  %2  %3  %4 units  opened %5</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inward draft %1 into %2 resumed: %3 units already scanned.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inward draft %1 into %2 opened.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 abandoned; nothing was moved.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 refused: %3 [%4]</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 accepted with a warning: %3</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines: %2 accepted (%3 with a warning), %4 refused.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1: %2 units into %3 (%4). Queued for both CRMs; &apos;floorbridge-ctl sync --once&apos; delivers now.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: remove or fix the refused lines (or run with --allow-refused). Draft %1 stays open with the accepted lines.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 stays open; submit it with --submit or on the inward page.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin %1 created.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 (%2) added.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outbox rows match.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding needs a reason: --reason &quot;…&quot; (it goes to the audit log).</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox row %1: %2.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be sent again now</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part request %1 for %2 is waiting for a supervisor&apos;s approval.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part request %1 is %2.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes) written to %4.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> updated</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> applied</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return order %1 for %2: %3 item(s).</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: </source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: </source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 s with events still due; run again or check &apos;floorbridge-ctl status&apos;.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;floorbridge-ctl help reconcile&apos;.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crm must be legacy, new or both (default both), not &apos;%1&apos;.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number of lines (0 for none), not &apos;%1&apos;.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch must be between 1 and 500, not &apos;%1&apos;.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or reconcile what the legacy CRM acknowledged only: --crm legacy.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation of station %1 at %2</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> CRM</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events checked</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 serials compared with its state, %2 serials it holds from this station</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 mismatch(es)</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here: </source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM: </source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox #%1</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more not shown: --limit N, or --csv FILE for all of them.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV report: %1 (%2 rows)</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mismatches: both sides agree.</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translatorcomment>english: command-line text, kept in English</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
