#include "FirstRunDialog.h"

#include "models/NavigationModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace news;

namespace
{

// outlet id → the sections a Korean reader in Shanghai starts with
const QHash<QString, QStringList>& shanghaiPreset()
{
    static const QHash<QString, QStringList> preset = {
        {QStringLiteral("yonhap"),
         {QStringLiteral("general"), QStringLiteral("economy"), QStringLiteral("world"), QStringLiteral("society")}},
        {QStringLiteral("newsis"), {QStringLiteral("general")}},
        {QStringLiteral("hankyung"), {QStringLiteral("economy")}},
        {QStringLiteral("shanghaibang"), {QStringLiteral("local")}},
        {QStringLiteral("worldkorean"), {QStringLiteral("local")}},
    };
    return preset;
}

} // namespace

FirstRunDialog::FirstRunDialog(QList<SourceDefinition> catalogue, QWidget* parent)
    : QDialog(parent)
    , m_catalogue(std::move(catalogue))
    , m_preset(new QComboBox)
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Sosik"));
    resize(560, 560);
    auto* intro = new QLabel(tr("<h3>Which news would you like to read?</h3><p>Choose outlets and sections. You can "
                                "change this at any time, add any site's feed or import an OPML file.</p>"));
    intro->setWordWrap(true);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Preset"));
    m_preset->addItem(tr("Koreans in Shanghai (recommended)"), QStringLiteral("shanghai"));
    m_preset->addItem(tr("Everything in the catalogue"), QStringLiteral("all"));
    m_preset->addItem(tr("I will choose myself"), QStringLiteral("none"));
    m_tree->setObjectName(QStringLiteral("catalogueTree"));
    m_tree->setAccessibleName(tr("Outlets and sections"));
    m_tree->setHeaderHidden(true);
    // a long outlet name elides in the dialog's width; its tooltip holds it whole (#14)
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const SourceDefinition& s : m_catalogue) {
        // the Korean name alone in Korean ("경향신문 (Kyunghyang Shinmun)" read as a foreign list, #14's walk); in
        // English the romanisation helps
        const bool korean = QLocale().language() == QLocale::Korean;
        QString label = korean || s.nameKo == s.nameEn || s.nameEn.isEmpty()
            ? s.nameKo
            : QStringLiteral("%1 (%2)").arg(s.nameKo, s.nameEn);
        if (s.blockedInChina) {
            //: the outlet's site is usually blocked in mainland China
            label = tr("%1 — usually unreachable from mainland China").arg(label);
        }
        auto* outlet = new QTreeWidgetItem(m_tree, {label});
        outlet->setData(0, Qt::UserRole, s.id);
        outlet->setToolTip(0,
                           s.blockedInChina ? label + u'\n'
                                   + tr("This site is usually blocked in mainland China; it works with a VPN.")
                                            : label);
        outlet->setFlags(outlet->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        QSet<QString> seen;
        for (const SourceSection& section : s.sections) {
            if (seen.contains(section.section)) {
                continue; // one tick per section, even where an outlet has several feeds for it
            }
            seen.insert(section.section);
            auto* child = new QTreeWidgetItem(outlet, {NavigationModel::sectionTitle(section.section)});
            child->setData(0, Qt::UserRole, section.section);
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
            child->setCheckState(0, Qt::Unchecked);
        }
    }
    auto* buttons = new QDialogButtonBox;
    QPushButton* start = buttons->addButton(tr("Start reading"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("startButton"));
    QPushButton* skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipButton"));
    // subscriptions kept on a sync server come from there instead (#16)
    QPushButton* account = buttons->addButton(tr("Use a sync &account…"), QDialogButtonBox::ActionRole);
    account->setObjectName(QStringLiteral("syncAccountButton"));
    account->setToolTip(tr("Read the feeds of a Tiny Tiny RSS server and keep read and starred in step with it"));
    connect(account, &QPushButton::clicked, this, [this] {
        reject();
        emit syncAccountRequested();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_preset, &QComboBox::currentIndexChanged, this, [this] { applyPreset(m_preset->currentData().toString()); });
    auto* form = new QFormLayout;
    // a bundle of outlets, not the start page that 설정 calls "시작 섹션" (#14's walk)
    form->addRow(tr("&Outlets to start with:"), m_preset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    applyPreset(QStringLiteral("shanghai"));
}

void FirstRunDialog::applyPreset(const QString& preset)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* outlet = m_tree->topLevelItem(i);
        const QStringList sections = shanghaiPreset().value(outlet->data(0, Qt::UserRole).toString());
        for (int k = 0; k < outlet->childCount(); ++k) {
            QTreeWidgetItem* child = outlet->child(k);
            const bool on = preset == QLatin1String("all")
                || (preset == QLatin1String("shanghai") && sections.contains(child->data(0, Qt::UserRole).toString()));
            child->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
        outlet->setExpanded(outlet->checkState(0) != Qt::Unchecked);
    }
}

QList<SourceDefinition> FirstRunDialog::chosen() const
{
    QList<SourceDefinition> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* outlet = m_tree->topLevelItem(i);
        QSet<QString> sections;
        for (int k = 0; k < outlet->childCount(); ++k) {
            if (outlet->child(k)->checkState(0) == Qt::Checked) {
                sections.insert(outlet->child(k)->data(0, Qt::UserRole).toString());
            }
        }
        if (sections.isEmpty()) {
            continue;
        }
        SourceDefinition def = m_catalogue.at(i);
        QList<SourceSection> kept;
        for (const SourceSection& s : def.sections) {
            if (sections.contains(s.section)) {
                kept.append(s);
            }
        }
        def.sections = kept;
        out.append(def);
    }
    return out;
}
