#pragma once

#include "sources/SourceCatalog.h"

#include <QDialog>

class QComboBox;
class QTreeWidget;

/// The first start: choose outlets and their sections from the bundled catalogue, with a preset for Koreans
/// in Shanghai (연합뉴스 종합·경제·국제·사회, 뉴시스, 한국경제, 상하이방, 월드코리안뉴스, a Google News search
/// for local news). Skippable; "Add a feed" and OPML import remain for anything else.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QList<news::SourceDefinition> catalogue, QWidget* parent = nullptr);

    /// The chosen outlets, each with only the chosen sections.
    QList<news::SourceDefinition> chosen() const;
    /// "shanghai", "all" or "none".
    void applyPreset(const QString& preset);
    QTreeWidget* tree() const { return m_tree; }

signals:
    /// "Sync account…": the dialog closes as skipped, and the reader connects a Tiny Tiny RSS account instead.
    void syncAccountRequested();

private:
    QList<news::SourceDefinition> m_catalogue;
    QComboBox* m_preset;
    QTreeWidget* m_tree;
};
