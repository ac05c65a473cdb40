// Reader-window timings on a large cache (issue #4), medians of --runs:
//   launch        constructing the window until the first page of the list is loaded and painted
//   section       switching to a section until its first page is shown
//   all           switching back to 전체 (every article in one list)
//   article       opening an article until the view shows it
// and the process's resident memory after start.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench-gui --data-dir DIR [--runs 7]

#include "BenchUtil.h"
#include "MainWindow.h"
#include "Session.h"
#include "models/ArticleListModel.h"
#include "models/NavigationModel.h"
#include "settings/AppSettings.h"
#include "views/ArticleView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QSignalSpy>
#include <QTreeView>

#include <cstdio>

namespace
{

double rssMegabytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
        }
    }
    return 0;
}

bool waitFor(QSignalSpy& spy, int count = 1)
{
    while (spy.count() < count) {
        if (!spy.wait(30000)) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QString dir;
    int runs = 7;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--data-dir")) {
            dir = args[i + 1];
        } else if (args[i] == QLatin1String("--runs")) {
            runs = args[i + 1].toInt();
        }
    }
    QList<double> launch;
    QList<double> section;
    QList<double> all;
    QList<double> article;
    double memory = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Session::Options options;
        options.dataDir = dir;
        Session session(options);
        AppSettings settings;
        settings.setStartSection(QStringLiteral("all")); // the list, not the front page (#14), is measured
        MainWindow window(&session, &settings);
        QSignalSpy loaded(window.articleModel(), &ArticleListModel::pageLoaded);
        window.show();
        session.start();
        if (!waitFor(loaded)) {
            std::fprintf(stderr, "no first page\n");
            return 1;
        }
        window.grab(); // painted
        launch.append(double(timer.nsecsElapsed()) / 1e6);
        memory = std::max(memory, rssMegabytes());
        auto* nav = window.findChild<QTreeView*>(QStringLiteral("navigationView"));
        QSignalSpy navReady(nav->model(), &QAbstractItemModel::modelReset);
        if (nav->model()->rowCount() == 0 && !navReady.wait(30000)) {
            return 1;
        }
        const QModelIndex economy = nav->model()
                                        ->match(nav->model()->index(0, 0),
                                                NavigationModel::SectionRole,
                                                QStringLiteral("economy"),
                                                1,
                                                Qt::MatchExactly)
                                        .value(0);
        loaded.clear();
        timer.restart();
        nav->setCurrentIndex(economy);
        waitFor(loaded);
        window.grab();
        section.append(double(timer.nsecsElapsed()) / 1e6);
        loaded.clear();
        timer.restart();
        nav->setCurrentIndex(nav->model()->index(0, 0));
        waitFor(loaded);
        window.grab();
        all.append(double(timer.nsecsElapsed()) / 1e6);
        auto* list = window.findChild<QListView*>(QStringLiteral("articleListView"));
        const QString before = window.articleView()->toPlainText();
        timer.restart();
        list->setCurrentIndex(window.articleModel()->index(3));
        while (window.articleView()->toPlainText() == before) {
            QSignalSpy changed(window.articleView()->document(), &QTextDocument::contentsChanged);
            if (window.articleView()->toPlainText() == before && !changed.wait(10000)) {
                break;
            }
        }
        window.articleView()->grab();
        article.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("rows in the first page: %d (page size %d)\n", ArticleListModel::PageSize, ArticleListModel::PageSize);
    std::printf("launch to painted list  median %7.1f ms\n", bench::percentile(launch, 0.5));
    std::printf("switch section          median %7.1f ms\n", bench::percentile(section, 0.5));
    std::printf("show all articles       median %7.1f ms\n", bench::percentile(all, 0.5));
    std::printf("open an article         median %7.1f ms\n", bench::percentile(article, 0.5));
    std::printf("memory after start      %7.1f MB (VmRSS, max over runs)\n", memory);
    return 0;
}
