import json
p='i18n/glossary_ko.json'
d=json.load(open(p))
new={
"Import OPML…":"OPML 가져오기…",
"Export OPML…":"OPML 내보내기…",
"Import OPML":"OPML 가져오기",
"Export OPML":"OPML 내보내기",
"OPML files (*.opml *.xml);;All files (*)":"OPML 파일 (*.opml *.xml);;모든 파일 (*)",
"OPML files (*.opml)":"OPML 파일 (*.opml)",
"%1 could not be imported: %2":"%1을(를) 가져오지 못했습니다: %2",
"it is not an OPML file":"OPML 파일이 아닙니다",
"%1: %2 to add, %3 already subscribed, %4 cannot be imported.":"%1: 추가 %2개, 이미 구독 중 %3개, 가져올 수 없음 %4개.",
"Feed":"피드",
"Section":"섹션",
"To add (%1)":"추가할 피드 (%1)",
"Already subscribed (%1)":"이미 구독 중 (%1)",
"Cannot be imported (%1)":"가져올 수 없음 (%1)",
"listed twice":"중복된 항목",
"not a web (http, https) address":"웹 주소(http, https)가 아님",
"Import %n feed(s)":"피드 %n개 가져오기",
"The feeds could not be imported: %1":"피드를 가져오지 못했습니다: %1",
"%n feed(s) imported; refresh to fetch them.":"피드 %n개를 가져왔습니다. 새로 고침하면 기사를 받습니다.",
"%n feed(s) exported to %1":"피드 %n개를 %1(으)로 내보냈습니다",
"%1 could not be written: %2":"%1에 쓰지 못했습니다: %2",
}
for k,v in new.items():
    d.setdefault(k,v)
items=sorted(d.items())
out='{\n'+',\n'.join(' '+json.dumps(k,ensure_ascii=False)+': '+json.dumps(v,ensure_ascii=False) for k,v in items)+'\n}\n'
open(p,'w').write(out)
