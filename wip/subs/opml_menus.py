p='app/gui/window/MainMenus.cpp'
s=open(p).read()
s=s.replace('#include "subscriptions/SubscriptionDialog.h"\n','#include "subscriptions/OpmlTransfer.h"\n#include "subscriptions/SubscriptionDialog.h"\n',1)
old='''    m_file->addAction(m_addFeed);
    m_file->addSeparator();'''
assert old in s
s=s.replace(old,'''    m_file->addAction(m_addFeed);
    auto* opml = new OpmlTransfer(m_window, m_session); // also takes .opml files dropped on the window (#15)
    m_file->addAction(opml->importAction());
    m_file->addAction(opml->exportAction());
    m_file->addSeparator();''')
open(p,'w').write(s)
p='app/gui/CMakeLists.txt'
s=open(p).read()
s=s.replace('    subscriptions/SubscriptionDialog.cpp subscriptions/SubscriptionDialog.h\n','    subscriptions/OpmlTransfer.cpp subscriptions/OpmlTransfer.h\n    subscriptions/SubscriptionDialog.cpp subscriptions/SubscriptionDialog.h\n',1)
open(p,'w').write(s)
