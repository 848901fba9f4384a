#include "views/copy_definitions_dialog.h"

#include "backends/broker_backend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace {

using definitions_diff::Action;
using definitions_diff::Change;

enum Column { NameColumn, VhostColumn, ActionColumn, DetailsColumn };

// Where a change sits in m_diff, on its tree item; category rows have none.
constexpr int ChangeIndexRole = Qt::UserRole + 1;

} // namespace

CopyDefinitionsDialog::CopyDefinitionsDialog(const QList<BrokerBackend*>& brokers,
                                             BrokerBackend* source, QWidget* parent)
    : QDialog(parent)
    , m_source(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_compare(new QPushButton(tr("C&ompare"), this))
    , m_changes(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply to target"), this)) {
    setWindowTitle(tr("Copy definitions"));
    setObjectName(QStringLiteral("copyDefinitionsDialog"));
    resize(900, 560);
    m_source->setObjectName(QStringLiteral("definitionsSource"));
    m_source->setAccessibleName(tr("Copy from"));
    m_target->setObjectName(QStringLiteral("definitionsTarget"));
    m_target->setAccessibleName(tr("Copy to"));
    m_compare->setObjectName(QStringLiteral("compareDefinitions"));
    m_compare->setAccessibleName(tr("Compare"));
    m_changes->setObjectName(QStringLiteral("definitionChanges"));
    m_changes->setAccessibleName(tr("Changes the copy makes"));
    m_status->setObjectName(QStringLiteral("definitionsStatus"));
    m_status->setAccessibleName(tr("Comparison status"));
    m_status->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("applyDefinitions"));
    m_apply->setAccessibleName(tr("Apply to target"));

    for (BrokerBackend* broker : brokers) {
        m_brokers.append(broker);
        for (QComboBox* box : {m_source, m_target}) {
            box->addItem(broker->displayName());
            if (!broker->supports(BrokerBackend::Feature::Definitions)) {
                auto* item = static_cast<QStandardItemModel*>(box->model())->item(box->count() - 1);
                item->setEnabled(false);
                item->setToolTip(broker->unsupportedReason(BrokerBackend::Feature::Definitions));
            }
        }
    }
    // Preselected: from `source` to the first other broker that takes definitions.
    const int from = std::max(0, int(brokers.indexOf(source)));
    m_source->setCurrentIndex(from);
    for (int i = 0; i < brokers.size(); ++i)
        if (i != from && brokers[i]->supports(BrokerBackend::Feature::Definitions)) {
            m_target->setCurrentIndex(i);
            break;
        }

    m_changes->setColumnCount(4);
    m_changes->setHeaderLabels({tr("Definition"), tr("Virtual host"), tr("Change"), tr("Details")});
    m_changes->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_changes->setColumnWidth(NameColumn, 280);
    m_changes->setUniformRowHeights(true);

    auto* choices = new QFormLayout;
    choices->addRow(tr("Copy &from:"), m_source);
    auto* toRow = new QHBoxLayout;
    toRow->addWidget(m_target, 1);
    toRow->addWidget(m_compare);
    // A row holding a layout gets no buddy from the form: the label needs its own.
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_target);
    choices->addRow(toLabel, toRow);
    auto* note = new QLabel(tr("Only creates and updates: nothing is deleted from the target. "
                               "Queues and exchanges that exist there with other properties are "
                               "left as they are."),
                            this);
    note->setObjectName(QStringLiteral("definitionsNote"));
    note->setAccessibleName(tr("What a copy does"));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    buttons->setObjectName(QStringLiteral("copyDefinitionsButtons"));
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(note);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, &CopyDefinitionsDialog::compare);
    connect(m_apply, &QPushButton::clicked, this, &CopyDefinitionsDialog::apply);
    connect(m_changes, &QTreeWidget::itemChanged, this, &CopyDefinitionsDialog::onItemChanged);
    for (QComboBox* box : {m_source, m_target})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            // A preview of other brokers would mislead: compare again before applying.
            ++m_generation;
            m_diff.clear();
            m_changes->clear();
            m_status->setText(tr("Press Compare to see what the copy would change."));
            updateApply();
        });
    m_status->setText(tr("Press Compare to see what the copy would change."));
    updateApply();
}

BrokerBackend* CopyDefinitionsDialog::chosen(QComboBox* box) const {
    const int index = box->currentIndex();
    return index >= 0 && index < m_brokers.size() ? m_brokers[index].data() : nullptr;
}

void CopyDefinitionsDialog::compare() {
    BrokerBackend* source = chosen(m_source);
    BrokerBackend* target = chosen(m_target);
    ++m_generation;
    m_diff.clear();
    m_changes->clear();
    m_readFailure.clear();
    if (!source || !target)
        return fail(tr("That broker has been closed."));
    if (source == target)
        return fail(tr("Choose two different brokers."));
    for (BrokerBackend* broker : {source, target})
        if (!broker->supports(BrokerBackend::Feature::Definitions))
            return fail(broker->unsupportedReason(BrokerBackend::Feature::Definitions));
    m_status->setText(tr("Reading the definitions of %1 and %2…")
                          .arg(source->displayName(), target->displayName()));
    m_outstanding = 2;
    updateApply();
    const int generation = m_generation;
    read(source, &m_sourceDefinitions, generation);
    read(target, &m_targetDefinitions, generation);
}

void CopyDefinitionsDialog::read(BrokerBackend* broker, QJsonObject* into, int generation) {
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto gone = std::make_shared<QMetaObject::Connection>(); // the watch below, ended by the answer
    const QString name = broker->displayName();
    *connection = connect(
        broker, &BrokerBackend::operationFinished, this,
        [this, connection, gone, into, generation, name](const warren::OperationResult& result) {
            if (result.kind != warren::OperationResult::Kind::ExportDefinitions)
                return;
            disconnect(*connection);
            disconnect(*gone);
            if (generation != m_generation)
                return;
            *into = result.definitions;
            if (!result.error.isEmpty() && m_readFailure.isEmpty())
                m_readFailure =
                    tr("Could not read the definitions of %1: %2").arg(name, result.error);
            if (--m_outstanding > 0)
                return;
            if (m_readFailure.isEmpty())
                showDiff();
            else
                fail(m_readFailure);
        });
    // A broker closed before it answers would leave the comparison waiting for good.
    *gone = connect(broker, &QObject::destroyed, this, [this, generation] {
        if (generation == m_generation && m_outstanding > 0)
            fail(tr("That broker has been closed."));
    });
    broker->execute(warren::commands::ExportDefinitions{});
}

void CopyDefinitionsDialog::showDiff() {
    m_diff = definitions_diff::compare(m_sourceDefinitions, m_targetDefinitions);
    // An import would drop these silently and the next comparison offer them again.
    if (BrokerBackend* target = chosen(m_target);
        target && !target->supports(BrokerBackend::Feature::Policies))
        definitions_diff::leaveUnsupported(m_diff, definitions_diff::Category::Policy);
    const QSignalBlocker quiet(m_changes); // itemChanged for every checkbox set up here
    m_changes->clear();
    QTreeWidgetItem* group = nullptr;
    std::optional<definitions_diff::Category> groupCategory;
    for (int i = 0; i < m_diff.size(); ++i) {
        const Change& change = m_diff[i];
        if (!groupCategory || *groupCategory != change.category) {
            groupCategory = change.category;
            group = new QTreeWidgetItem(m_changes);
            group->setText(NameColumn, definitions_diff::categoryLabel(change.category));
            // Not Qt's automatic tristate: it counts the rows that cannot be ticked too.
            group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group);
        item->setData(NameColumn, ChangeIndexRole, i);
        item->setText(NameColumn, change.name);
        item->setText(VhostColumn, change.vhost);
        item->setText(ActionColumn, definitions_diff::actionLabel(change.action));
        item->setText(DetailsColumn, change.differences.join(QStringLiteral("; ")));
        item->setToolTip(DetailsColumn, change.differences.join(QLatin1Char('\n')));
        if (change.willApply()) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            // The same password salted by two brokers differs too: a credential is only
            // overwritten when asked.
            const bool onlyPassword = change.category == definitions_diff::Category::User &&
                                      change.action == Action::Update &&
                                      change.differences.size() == 1 &&
                                      change.differences.first().startsWith(u"password");
            item->setCheckState(NameColumn, onlyPassword ? Qt::Unchecked : Qt::Checked);
            if (onlyPassword)
                item->setToolTip(NameColumn,
                                 tr("Tick to give the target this user's password from the "
                                    "source."));
        } else {
            // Shown so the preview is whole, but nothing the copy can do.
            item->setFlags(Qt::ItemIsSelectable);
            if (change.action == Action::Conflict || change.action == Action::Unsupported)
                item->setForeground(ActionColumn, QColor(0xb0, 0x00, 0x20));
        }
    }
    // A group whose changes are all left alone has nothing to tick.
    for (int g = 0; g < m_changes->topLevelItemCount(); ++g) {
        QTreeWidgetItem* top = m_changes->topLevelItem(g);
        bool any = false;
        for (int c = 0; c < top->childCount(); ++c)
            any = any || (top->child(c)->flags() & Qt::ItemIsUserCheckable);
        if (!any)
            top->setFlags(Qt::ItemIsEnabled);
        else
            top->setCheckState(NameColumn, groupState(top));
        top->setExpanded(true);
    }
    for (int column : {VhostColumn, ActionColumn})
        m_changes->resizeColumnToContents(column);
    int creates = 0, updates = 0, conflicts = 0, kept = 0, unsupported = 0;
    for (const Change& change : std::as_const(m_diff))
        switch (change.action) {
        case Action::Create:
            ++creates;
            break;
        case Action::Update:
            ++updates;
            break;
        case Action::Conflict:
            ++conflicts;
            break;
        case Action::OnlyInTarget:
            ++kept;
            break;
        case Action::Unsupported:
            ++unsupported;
            break;
        }
    const QString target = chosen(m_target) ? chosen(m_target)->displayName() : QString();
    QString summary = creates + updates == 0
                          ? tr("Nothing to copy: %1 already has these definitions.").arg(target)
                          : tr("%1 would get %2 new and %3 updated definition(s).")
                                .arg(target)
                                .arg(creates)
                                .arg(updates);
    if (conflicts > 0)
        summary +=
            QLatin1Char(' ') + tr("%n conflict(s) would be left as they are.", nullptr, conflicts);
    if (unsupported > 0)
        summary += QLatin1Char(' ') + tr("%n definition(s) the target cannot hold are not copied.",
                                         nullptr, unsupported);
    if (kept > 0)
        summary +=
            QLatin1Char(' ') + tr("%n definition(s) only in the target are kept.", nullptr, kept);
    if (!m_appliedNote.isEmpty())
        summary = std::exchange(m_appliedNote, QString()) + QLatin1Char(' ') + summary;
    m_status->setText(summary);
    updateApply();
    emit compared();
}

Qt::CheckState CopyDefinitionsDialog::groupState(const QTreeWidgetItem* group) {
    int checkable = 0;
    int checked = 0;
    for (int c = 0; c < group->childCount(); ++c) {
        const QTreeWidgetItem* child = group->child(c);
        if (!(child->flags() & Qt::ItemIsUserCheckable))
            continue;
        ++checkable;
        checked += child->checkState(NameColumn) == Qt::Checked ? 1 : 0;
    }
    return checked == 0 ? Qt::Unchecked : checked == checkable ? Qt::Checked : Qt::PartiallyChecked;
}

void CopyDefinitionsDialog::onItemChanged(QTreeWidgetItem* item, int column) {
    if (column != NameColumn)
        return;
    const QSignalBlocker quiet(m_changes); // the changes below are this one's consequences
    if (!item->parent()) {
        // A heading ticks or unticks every change under it that can be.
        const Qt::CheckState state =
            item->checkState(NameColumn) == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
        item->setCheckState(NameColumn, state);
        for (int c = 0; c < item->childCount(); ++c)
            if (item->child(c)->flags() & Qt::ItemIsUserCheckable)
                item->child(c)->setCheckState(NameColumn, state);
    } else {
        item->parent()->setCheckState(NameColumn, groupState(item->parent()));
    }
    updateApply();
}

QList<Change> CopyDefinitionsDialog::checkedChanges() const {
    QList<Change> out;
    for (int g = 0; g < m_changes->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_changes->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            const QTreeWidgetItem* item = group->child(c);
            if (!(item->flags() & Qt::ItemIsUserCheckable) ||
                item->checkState(NameColumn) != Qt::Checked)
                continue;
            const int index = item->data(NameColumn, ChangeIndexRole).toInt();
            if (index >= 0 && index < m_diff.size())
                out.append(m_diff[index]);
        }
    }
    return out;
}

void CopyDefinitionsDialog::updateApply() {
    const qsizetype count = checkedChanges().size();
    m_apply->setText(count > 0 ? tr("&Apply %n change(s) to target", nullptr, int(count))
                               : tr("&Apply to target"));
    // While a read or an import is out, the choice of brokers stays as it is: its answers belong
    // to that pair.
    const bool idle = m_outstanding == 0 && !m_applying;
    m_apply->setEnabled(count > 0 && idle);
    for (QWidget* control : {static_cast<QWidget*>(m_compare), static_cast<QWidget*>(m_source),
                             static_cast<QWidget*>(m_target)})
        control->setEnabled(idle);
}

void CopyDefinitionsDialog::apply() {
    BrokerBackend* target = chosen(m_target);
    const QList<Change> chosenChanges = checkedChanges();
    if (!target || chosenChanges.isEmpty())
        return;
    m_applying = true;
    updateApply();
    const QString name = target->displayName();
    m_status->setText(
        tr("Importing %n change(s) into %1…", nullptr, int(chosenChanges.size())).arg(name));
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto gone = std::make_shared<QMetaObject::Connection>(); // the watch below, ended by the answer
    const int count = int(chosenChanges.size());
    *connection =
        connect(target, &BrokerBackend::operationFinished, this,
                [this, connection, gone, name, count](const warren::OperationResult& result) {
                    if (result.kind != warren::OperationResult::Kind::ImportDefinitions)
                        return;
                    disconnect(*connection);
                    disconnect(*gone);
                    m_applying = false;
                    // Compared again either way: a refusal may come after part of
                    // the import was applied.
                    m_appliedNote =
                        result.error.isEmpty()
                            ? tr("%n change(s) applied to %1.", nullptr, count).arg(name)
                            : tr("%1 refused the import: %2").arg(name, result.error);
                    emit applied(result.error);
                    compare(); // what is left to copy, if anything
                });
    *gone = connect(target, &QObject::destroyed, this, [this] {
        if (m_applying) {
            m_applying = false;
            fail(tr("That broker has been closed."));
        }
    });
    target->execute(
        warren::commands::ImportDefinitions{definitions_diff::importDocument(chosenChanges)});
}

void CopyDefinitionsDialog::fail(const QString& message) {
    m_outstanding = 0;
    m_status->setText(message);
    updateApply();
    emit compared();
}
