#pragma once

#include "DemoLoader.h"

#include <QMainWindow>

class QListWidget;
class QTextBrowser;
class QLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(bool demo, QWidget* parent = nullptr);

private:
    void showSections(const QList<DemoLoader::Section>& sections);
    void showSection(int row);
    void showArticle(int row);

    QListWidget* m_sections = nullptr;
    QListWidget* m_articles = nullptr;
    QTextBrowser* m_view = nullptr;
    QLabel* m_status = nullptr;
    QList<DemoLoader::Section> m_data;
    QList<news::FeedEntry> m_current;
};
