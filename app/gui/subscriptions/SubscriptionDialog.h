#pragma once

#include "model/Feed.h"
#include "support/Result.h"

#include <QDialog>
#include <QTreeWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace news
{
class Session;
} // namespace news

/// The outlets-and-feeds tree of the subscription manager: feeds can be dragged onto another outlet (or between
/// its feeds). What is dragged is read from the drag's own item data, so a drop from elsewhere moves nothing.
class SubscriptionTree : public QTreeWidget
{
    Q_OBJECT

public:
    using QTreeWidget::QTreeWidget;

    /// The feeds (ids) that `mime` carries from a tree of this kind.
    static QList<qint64> draggedFeeds(const QMimeData* mime);
    /// The outlet a drop at `pos` goes to (a feed's own outlet when dropped on or beside the feed), or null.
    QTreeWidgetItem* outletAt(const QPoint& pos) const;

signals:
    void feedDropped(qint64 feedId, qint64 outletId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

/// 구독 관리 (#15): the reader's outlets and feeds as a tree — rename, move (also by drag and drop), section
/// (with the category → section table items are sorted by), address (checked to be a feed first),
/// unsubscribe (with undo, keeping starred and saved articles unless told otherwise), refresh one feed now,
/// health in the reader's words, and per-feed settings. An outlet has a refresh interval of its own: its feeds
/// follow it unless they have one (feed → outlet → app). Every read and write runs off the GUI thread.
class SubscriptionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SubscriptionDialog(news::Session* session, QWidget* parent = nullptr);
    ~SubscriptionDialog() override;

    /// Reloads the tree from the cache (also after every change).
    void reload();
    /// The pending unsubscribe (if any) is carried out now rather than after the undo time.
    void commitPendingUnsubscribe();
    /// Selects an outlet (`outlet` true) or a feed in the tree, once it is there, and then runs `then` (the
    /// navigation pane's 이름 바꾸기 / 구독 취소 / 구독 관리 open the dialog on their row).
    void select(bool outlet, qint64 id, std::function<void()> then = {});
    /// The name field, focused with its text selected (F2).
    void editName();
    /// Asks to unsubscribe from the selected feed (Delete).
    void askUnsubscribe();

signals:
    void reloaded();
    /// A change was written (or refused: `error` is the reader's message).
    void changed(const QString& error);
    void addressChecked(bool ok, const QString& message);

protected:
    void done(int result) override;

private:
    void showFeed(const news::FeedInfo* feed);
    void showOutlet(qint64 outletId, const QString& name);
    const news::FeedInfo* currentFeed() const;
    qint64 currentOutletId() const;
    void renameCurrent();
    void rename(const QString& name, QObject* context, std::function<void(news::Result<bool>)> done);
    void moveCurrent(qint64 outletId);
    void setSectionOfCurrent();
    void checkAndSaveAddress();
    void applySettings();
    void applyOutletInterval();
    void addFeed();
    /// Selects the wanted item (select(), or the neighbour of one unsubscribed) if the tree has it.
    bool selectWanted();
    void unsubscribe(qint64 feedId, bool keepStarred);
    void undoUnsubscribe();
    void refreshCurrent();
    /// What follows a write: the error in the reader's words (or none), the tree reloaded.
    std::function<void(news::Result<bool>)> written();

    news::Session* m_session;
    SubscriptionTree* m_tree;
    QLabel* m_heading;
    QLineEdit* m_name;
    QString m_shownName; // what the name field showed before any typing: a change is saved on leaving it
    QLineEdit* m_address;
    QPushButton* m_saveAddress;
    QComboBox* m_outlet;
    QComboBox* m_section;
    QCheckBox* m_byCategory;
    QTableWidget* m_mapping;
    QLabel* m_health;
    QPushButton* m_retry;
    QSpinBox* m_interval;
    QSpinBox* m_retention;
    QComboBox* m_fullText;
    QComboBox* m_images;
    QComboBox* m_encoding;
    QLineEdit* m_userAgent;
    QPushButton* m_apply;
    QPushButton* m_unsubscribe;
    QPushButton* m_addFeed;
    QLabel* m_message;
    QWidget* m_undoBar;
    QLabel* m_undoText;
    QTimer* m_undoTimer;
    QWidget* m_feedPane;
    QWidget* m_outletPane;
    QString m_refreshing; // the feed whose own refresh runs (its title), "" when none
    QSpinBox* m_outletInterval;
    QPushButton* m_applyOutlet;
    QList<news::FeedInfo> m_feeds;
    struct Pending
    {
        qint64 feedId = 0;
        bool keepStarred = true;
    };
    Pending m_pending;
    bool m_filling = false;
    struct Wanted
    {
        QString kind; // "outlet" or "feed"; empty for none
        qint64 id = 0;
        std::function<void()> then;
    };
    Wanted m_wanted; // what the next reload selects
};
