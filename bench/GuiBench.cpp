// Reader-window timings on a large cache (issue #4), medians of --runs:
//   launch        constructing the window until the first page of the list is loaded and painted
//   section       switching to a section until its first page is shown
//   all           switching back to 전체 (every article in one list)
//   article       opening an article until the view shows it (and until its related articles are listed)
// and the process's resident memory after start.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench-gui --data-dir DIR [--runs 7]
//   QT_QPA_PLATFORM=offscreen build/bench/bench-gui --data-dir DIR --store-photos
//
// --store-photos prepares the cache once (and exits): the newest 50 articles get their photos stored, a
// 1200x800 JPEG news photo each, so that "open an article" measures an article with its cached photos (#14).

#include "BenchUtil.h"
#include "MainWindow.h"
#include "models/ArticleListModel.h"
#include "models/NavigationModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "views/ArticleView.h"
#include "window/StoryVersions.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// a photo that compresses like one: gradients with noise, encoded as JPEG
QByteArray newsPhoto()
{
    QImage image(1200, 800, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 1200, 800);
    g.setColorAt(0, QColor(40, 90, 150));
    g.setColorAt(1, QColor(220, 170, 90));
    p.fillRect(image.rect(), g);
    p.end();
    QRandomGenerator random(14);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(random.bounded(40)) - 20;
            const QRgb c = line[x];
            line[x] = qRgb(
                std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255), std::clamp(qBlue(c) + n, 0, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

int storePhotos(const QString& dir)
{
    const QByteArray bytes = newsPhoto();
    const QString blob = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = QDir(dir).filePath(QStringLiteral("images/%1/%2").arg(blob.left(2), blob.mid(2)));
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    file.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("photos"));
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("cache.db")));
        if (!db.open()) {
            return 1;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE media SET state = 'stored', blob = ?, bytes = ?, width = 1200, height = 800, "
                                 "mime = 'image/jpeg' WHERE article_id IN (SELECT id FROM articles "
                                 "ORDER BY published DESC, id DESC LIMIT 50)"));
        q.addBindValue(blob);
        q.addBindValue(bytes.size());
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        std::printf(
            "stored a %lld-byte photo for %d media rows\n", static_cast<long long>(bytes.size()), q.numRowsAffected());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("photos"));
    return 0;
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
    if (args.contains(QLatin1String("--store-photos"))) {
        return storePhotos(dir);
    }
    QList<double> launch;
    QList<double> section;
    QList<double> all;
    QList<double> article;
    QList<double> versions;
    double memory = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        news::Session::Options options;
        options.dataDir = dir;
        news::Session session(options);
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
        QSignalSpy versionsFound(window.storyVersions(), &StoryVersions::loaded);
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
        // then the story's other versions, found on the reader thread after the article is shown
        if (versionsFound.isEmpty()) {
            versionsFound.wait(10000);
        }
        versions.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("rows in the first page: %d (page size %d)\n", ArticleListModel::PageSize, ArticleListModel::PageSize);
    std::printf("launch to painted list  median %7.1f ms\n", bench::percentile(launch, 0.5));
    std::printf("switch section          median %7.1f ms\n", bench::percentile(section, 0.5));
    std::printf("show all articles       median %7.1f ms\n", bench::percentile(all, 0.5));
    std::printf("open an article         median %7.1f ms\n", bench::percentile(article, 0.5));
    std::printf("  … and its 관련 기사    median %7.1f ms (from the click)\n", bench::percentile(versions, 0.5));
    std::printf("memory after start      %7.1f MB (VmRSS, max over runs)\n", memory);
    return 0;
}
