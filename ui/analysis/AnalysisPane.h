#pragma once

#include "analysis/Analysis.h"

#include <QByteArray>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;

namespace mixdesk {

class HopModel;
class HopTableView;
class RawHeaderHighlighter;

// The selected notice's analysis: the conclusions (each with the evidence it
// rests on), the Received hops of the offending message and the raw headers.
class AnalysisPane : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPane(QWidget* parent = nullptr);

    // `raw` is the notice as received (its header block is shown); `exitAddresses`
    // are the operator's configured exits (highlighted in the raw headers).
    void showAnalysis(const Analysis& analysis, const QByteArray& raw,
                      const QStringList& exitAddresses);
    void clear();
    bool isEmpty() const { return !m_hasAnalysis; }

    HopModel* hopModel() const { return m_hopModel; }
    HopTableView* hopView() const { return m_hopView; }
    QPlainTextEdit* rawHeaderView() const { return m_rawHeaders; }
    // Shows hop `hopIndex` of the first offending message (the one the evidence
    // speaks of) in the hop table, selected: what an evidence line's hop link does.
    void showEvidenceHop(int hopIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct FieldRow
    {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
        QLabel* evidence = nullptr;
    };
    void addField(const QString& key);
    void retranslateUi();
    void fillFields();
    void setEnabledState(bool hasAnalysis);
    void showMessage(int index);
    QString fieldCaption(const QString& key) const;
    QString fieldValue(const QString& key) const;
    // The evidence lines of a conclusion as rich text: the mail's words escaped, the
    // hop each rests on a link ("hop:N") to it in the hop table.
    QStringList evidenceFor(const QString& key) const;
    QHash<int, QStringList> conclusionsByHop() const;

    void fillInspectorNotes();

    QLabel* m_placeholder = nullptr;
    QLabel* m_misdirected = nullptr;
    QLabel* m_hopSummary = nullptr;
    QLabel* m_authSummary = nullptr;
    QSplitter* m_splitter = nullptr;
    QWidget* m_fieldsWidget = nullptr;
    QStringList m_fieldOrder;
    QHash<QString, FieldRow> m_fields;
    QLabel* m_problems = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_messageCaption = nullptr;
    QComboBox* m_messageCombo = nullptr;
    HopModel* m_hopModel = nullptr;
    HopTableView* m_hopView = nullptr;
    QPlainTextEdit* m_rawHeaders = nullptr;
    RawHeaderHighlighter* m_highlighter = nullptr;

    Analysis m_analysis;
    QByteArray m_raw;
    bool m_hasAnalysis = false;
};

} // namespace mixdesk
