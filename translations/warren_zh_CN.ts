<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BindingDialog</name>
    <message>
        <location filename="../ui/views/binding_dialog.cpp" line="+22"/>
        <source>Add binding</source>
        <translation>添加绑定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. orders.*.created</source>
        <translation>例如 orders.*.created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x-match: all
format: pdf</source>
        <translation>x-match: all
format: pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Virtual host:</source>
        <translation>虚拟主机(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From exchange:</source>
        <translation>源交换机(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>绑定到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>目标(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>路由键(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BindingTableModel</name>
    <message>
        <location filename="../ui/models/binding_table_model.cpp" line="+38"/>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination type</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing key</source>
        <translation>路由键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exchange</source>
        <translation>交换机</translation>
    </message>
</context>
<context>
    <name>BodyFormat</name>
    <message>
        <location filename="../ui/models/body_format.cpp" line="+51"/>
        <source>Not JSON (%1 at byte %2).</source>
        <translation>不是 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Binary body of %n byte(s): choose Hex to see it.</source>
        <translation>
            <numerusform>%n 字节的二进制内容：请选择“十六进制”查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrokerBackend</name>
    <message>
        <location filename="../ui/backends/broker_backend.cpp" line="+21"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此 Broker 不允许从控制台进行更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This broker cannot check permissions from the console.</source>
        <translation>此 Broker 无法从控制台检查权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This broker cannot test routes from the console.</source>
        <translation>此 Broker 无法从控制台测试路由。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>此 Broker 不允许控制台查看队列内容。</translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <location filename="../ui/models/channel_table_model.cpp" line="+37"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>信道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefetch</source>
        <translation>预取</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../ui/views/command_palette.cpp" line="+15"/>
        <source>Go to a view, queue or exchange…</source>
        <translation>转到视图、队列或交换机…</translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <location filename="../ui/models/connection_table_model.cpp" line="+45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>信道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recv B/s</source>
        <translation>接收 B/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send B/s</source>
        <translation>发送 B/s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected %1</source>
        <translation>连接于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received %1, sent %2</source>
        <translation>已接收 %1，已发送 %2</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../ui/views/console_window.cpp" line="+73"/>
        <source>%1 — Warren</source>
        <translation>%1 — Warren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter queues by name</source>
        <translation>按名称筛选队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter exchanges by name</source>
        <translation>按名称筛选交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter bindings by exchange</source>
        <translation>按交换机筛选绑定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter connections by name</source>
        <translation>按名称筛选连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter channels by connection</source>
        <translation>按连接筛选信道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter consumers by queue</source>
        <translation>按队列筛选消费者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed via the Warren console</source>
        <translation>已通过 Warren 控制台关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show Warren</source>
        <translation>显示 Warren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Close connection…</source>
        <translation>关闭连接(&amp;C)…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to…</source>
        <translation>转到(&amp;G)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Broker</source>
        <translation>Broker(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Warren</source>
        <translation>关于 Warren(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queues (%1)</source>
        <translation>队列（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanges (%1)</source>
        <translation>交换机（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bindings (%1)</source>
        <translation>绑定（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections (%1)</source>
        <translation>连接（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels (%1)</source>
        <translation>信道（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers (%1)</source>
        <translation>消费者（%1）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory alarm: publishers blocked</source>
        <translation>内存告警：发布者已被阻塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk alarm: publishers blocked</source>
        <translation>磁盘告警：发布者已被阻塞</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Warren</source>
        <translation>关于 Warren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;A desktop console for message brokers, with an embedded AMQP 0-9-1 broker.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;一个面向消息代理的桌面控制台，内置 AMQP 0-9-1 Broker。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;New queue…</source>
        <translation>新建队列(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purge…</source>
        <translation>清空(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此 Broker 不允许从控制台进行更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Purge %n queue(s)? Their ready messages are deleted for good: %1</source>
        <translation>
            <numerusform>清空 %n 个队列？其中的就绪消息将被永久删除：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete %n queue(s) with their messages and bindings? %1</source>
        <translation>
            <numerusform>删除 %n 个队列及其消息和绑定？%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warren — %1</source>
        <translation>Warren — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View  %1</source>
        <translation>视图  %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue  %1 (%2)</source>
        <translation>队列  %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange  %1 (%2)</source>
        <translation>交换机  %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Close %n connection(s)? Clients are told CONNECTION_FORCED with this reason:</source>
        <translation>
            <numerusform>关闭 %n 个连接？客户端将收到 CONNECTION_FORCED 以及以下原因：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Queue &apos;%1&apos; created</source>
        <translation>已创建队列“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Queue &apos;%1&apos; purged: %n message(s) deleted</source>
        <translation>
            <numerusform>已清空队列“%1”：删除了 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue &apos;%1&apos; deleted</source>
        <translation>已删除队列“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection %1 closed</source>
        <translation>连接 %1 已关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange &apos;%1&apos; created</source>
        <translation>已创建交换机“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange &apos;%1&apos; deleted</source>
        <translation>已删除交换机“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binding from &apos;%1&apos; added</source>
        <translation>已添加来自“%1”的绑定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binding from &apos;%1&apos; removed</source>
        <translation>已移除来自“%1”的绑定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &apos;%1&apos; saved</source>
        <translation>已保存用户“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &apos;%1&apos; deleted</source>
        <translation>已删除用户“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions of &apos;%1&apos; in &apos;%2&apos; set</source>
        <translation>已设置“%1”在“%2”中的权限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions of &apos;%1&apos; in &apos;%2&apos; cleared</source>
        <translation>已撤销“%1”在“%2”中的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual host &apos;%1&apos; created</source>
        <translation>已创建虚拟主机“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual host &apos;%1&apos; deleted</source>
        <translation>已删除虚拟主机“%1”</translation>
    </message>
</context>
<context>
    <name>ConsumerTableModel</name>
    <message>
        <location filename="../ui/models/consumer_table_model.cpp" line="+29"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer tag</source>
        <translation>消费者标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>信道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefetch</source>
        <translation>预取</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../ui/views/create_dialog_buttons.cpp" line="+15"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <location filename="../ui/backends/embedded_backend.cpp" line="+41"/>
        <source>Embedded broker</source>
        <translation>内嵌 Broker</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>The embedded broker is not running.</source>
        <translation>内嵌 Broker 未在运行。</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../ui/views/exchange_actions.cpp" line="+24"/>
        <source>&amp;New exchange…</source>
        <translation>新建交换机(&amp;N)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bind…</source>
        <translation>绑定(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add binding…</source>
        <translation>添加绑定(&amp;A)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此 Broker 不允许从控制台进行更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete %n exchange(s) with their bindings? %1</source>
        <translation>
            <numerusform>删除 %n 个交换机及其绑定？%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n binding(s)? %1</source>
        <translation>
            <numerusform>移除 %n 个绑定？%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../ui/views/exchange_dialog.cpp" line="+16"/>
        <source>Survives a broker restart</source>
        <translation>Broker 重启后仍然保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted when its last binding goes</source>
        <translation>最后一个绑定移除时删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only other exchanges publish to it</source>
        <translation>只有其他交换机可以向其发布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New exchange</source>
        <translation>新建交换机</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages this exchange cannot route go there instead</source>
        <translation>此交换机无法路由的消息将改为发送到这里</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Virtual host:</source>
        <translation>虚拟主机(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durable:</source>
        <translation>持久：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete:</source>
        <translation>自动删除：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal:</source>
        <translation>内部：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alternate exchange:</source>
        <translation>备用交换机(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <location filename="../ui/models/exchange_table_model.cpp" line="+44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation>特性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In/s</source>
        <translation>流入/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out/s</source>
        <translation>流出/s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(AMQP default)</source>
        <translation>（AMQP 默认）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Durable</source>
        <translation>持久</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transient</source>
        <translation>临时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-delete</source>
        <translation>自动删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arguments: %1</source>
        <translation>参数：%1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../ui/models/log_model.cpp" line="+67"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../ui/views/log_page.cpp" line="+27"/>
        <location line="+99"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go to time</source>
        <translation>跳转到时间(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: new records are kept and shown on resume</source>
        <translation>已暂停：新记录会被保留，并在继续时显示</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No record at or after %1</source>
        <translation>%1 及之后没有记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export log</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log files (*.log *.txt)</source>
        <translation>日志文件 (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exporting %n record(s)…</source>
        <translation>
            <numerusform>正在导出 %n 条记录…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBrowserPage</name>
    <message>
        <location filename="../ui/views/message_browser_page.cpp" line="+51"/>
        <source>&amp;Peek</source>
        <translation>查看(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>first </source>
        <translation>前 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy messages from the head of the queue without consuming them</source>
        <translation>从队列头部复制消息，但不消费它们</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the broker&apos;s answer</source>
        <translation>不再等待代理的响应</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search in bodies</source>
        <translation>在内容中搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Body as:</source>
        <translation>内容显示为：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>此 Broker 不允许控制台查看队列内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Peeking at %1…</source>
        <translation>正在查看 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped waiting for %1.</source>
        <translation>已停止等待 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not peek at %1: %2</source>
        <translation>无法查看 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 ready message(s) in %3, left in place</source>
        <translation>%3 中 %2 条就绪消息的前 %1 条，均保留在原处</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>exchange</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing key</source>
        <translation>路由键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redelivered</source>
        <translation>重新投递</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export messages</source>
        <translation>导出消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON 行 (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>正在导出 %n 条消息…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/views/overview_page.cpp" line="+27"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners</source>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>信道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+64"/>
        <source>Unacked</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Last minute</source>
        <translation>最近一分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 10 minutes</source>
        <translation>最近 10 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts show:</source>
        <translation>图表显示：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message rates (per second)</source>
        <translation>消息速率（每秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queued messages</source>
        <translation>队列中的消息</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver</source>
        <translation>投递</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver</source>
        <translation>重新投递</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>seconds ago</source>
        <translation>秒前</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — publishers blocked</source>
        <translation>%1 — 发布者已被阻塞</translation>
    </message>
</context>
<context>
    <name>PeekedMessageModel</name>
    <message>
        <location filename="../ui/models/peeked_message_model.cpp" line="+29"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing key</source>
        <translation>路由键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redelivered</source>
        <translation>重新投递</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <location filename="../ui/views/permission_dialog.cpp" line="+18"/>
        <source>Set permission</source>
        <translation>设置权限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regular expressions searched for in exchange and queue names, as RabbitMQ does: &quot;^orders\.&quot; allows names starting with &quot;orders.&quot;, an empty field allows nothing.</source>
        <translation>与 RabbitMQ 一样，在交换机和队列名称中搜索这些正则表达式：“^orders\.”允许以“orders.”开头的名称，留空则不允许任何名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virtual host:</source>
        <translation>虚拟主机(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Configure:</source>
        <translation>配置(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write:</source>
        <translation>写入(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read:</source>
        <translation>读取(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PermissionTableModel</name>
    <message>
        <location filename="../ui/models/permission_table_model.cpp" line="+21"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configure</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../ui/views/publish_page.cpp" line="+31"/>
        <source>Persistent (delivery mode 2)</source>
        <translation>持久化（投递模式 2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One header per line: name: value</source>
        <translation>每行一个标头：名称: 值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Load body from file…</source>
        <translation>从文件加载内容(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;again</source>
        <translation>再次发送(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Virtual host:</source>
        <translation>虚拟主机(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>交换机(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>路由键(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Content type:</source>
        <translation>内容类型(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headers:</source>
        <translation>标头(&amp;H)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Body:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent this session:</source>
        <translation>本次会话已发送：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This broker does not allow publishing from the console.</source>
        <translation>此 Broker 不允许从控制台发布消息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load message body</source>
        <translation>加载消息内容</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1 (%2)</source>
        <translation>已加载 %1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent, but no queue was bound to receive it.</source>
        <translation>已发送，但没有绑定任何队列来接收它。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent to %n queue(s).</source>
        <translation>
            <numerusform>已发送到 %n 个队列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../ui/views/queue_dialog.cpp" line="+16"/>
        <source>Survives a broker restart</source>
        <translation>Broker 重启后仍然保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted when its last consumer goes</source>
        <translation>最后一个消费者离开时删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> messages</source>
        <translation> 条消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only one consumer at a time</source>
        <translation>同一时间只允许一个消费者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New queue</source>
        <translation>新建队列</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop the oldest (default)</source>
        <translation>丢弃最旧的消息（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse new messages</source>
        <translation>拒绝新消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse and dead-letter new messages</source>
        <translation>拒绝新消息并转为死信</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a priority queue</source>
        <translation>非优先级队列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Virtual host:</source>
        <translation>虚拟主机(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durable:</source>
        <translation>持久：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete:</source>
        <translation>自动删除：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;TTL:</source>
        <translation>消息 TTL(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue &amp;expires after idle:</source>
        <translation>队列空闲过期时间(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;length:</source>
        <translation>最大长度(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max length in &amp;bytes:</source>
        <translation>最大字节数(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When &amp;full:</source>
        <translation>队列满时(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead-letter exchange:</source>
        <translation>死信交换机(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead-letter &amp;routing key:</source>
        <translation>死信路由键(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;priority:</source>
        <translation>最大优先级(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single active consumer:</source>
        <translation>单一活跃消费者：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../ui/models/queue_table_model.cpp" line="+45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation>特性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent</source>
        <translation>持久化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish/s</source>
        <translation>发布/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver/s</source>
        <translation>投递/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>durable</source>
        <translation>持久</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transient</source>
        <translation>临时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-delete</source>
        <translation>自动删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments: %1</source>
        <translation>参数：%1</translation>
    </message>
</context>
<context>
    <name>RouteTesterPage</name>
    <message>
        <location filename="../ui/views/route_tester_page.cpp" line="+31"/>
        <source>For headers exchanges and CC/BCC: one per line, name: value</source>
        <translation>用于 headers 交换机和 CC/BCC：每行一个，名称: 值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Where would it go?</source>
        <translation>它会被路由到哪里(&amp;W)？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Virtual host:</source>
        <translation>虚拟主机(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>交换机(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>路由键(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers:</source>
        <translation>标头(&amp;H)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Asking the broker…</source>
        <translation>正在询问 Broker…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell: %1</source>
        <translation>无法确定：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unroutable: no queue would get this message (a mandatory publish would come back).</source>
        <translation>无法路由：没有队列会收到此消息（设置了 mandatory 的发布会被退回）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It would reach %n queue(s):</source>
        <translation>
            <numerusform>它会到达 %n 个队列：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../ui/views/table_page.cpp" line="+32"/>
        <source>Filter with a regular expression</source>
        <translation>使用正则表达式筛选</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <location filename="../ui/views/topology_page.cpp" line="+39"/>
        <source>Virtual host</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topology graph</source>
        <translation>拓扑图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual host:</source>
        <translation>虚拟主机：</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n 个交换机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n queue(s)</source>
        <translation>
            <numerusform>%n 个队列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n 个绑定</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Queue %1 (%2)</source>
        <translation>队列 %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange %1 (%2)</source>
        <translation>交换机 %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>queue, %1</source>
        <translation>队列，%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing declared in this virtual host yet.</source>
        <translation>此虚拟主机中尚未声明任何内容。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/views/user_dialog.cpp" line="+15"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. administrator, monitoring</source>
        <translation>例如 administrator, monitoring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../ui/models/user_table_model.cpp" line="+18"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/views/users_page.cpp" line="+32"/>
        <source>Filter users by name</source>
        <translation>按名称筛选用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter permissions by user</source>
        <translation>按用户筛选权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter virtual hosts by name</source>
        <translation>按名称筛选虚拟主机</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set permission…</source>
        <translation>设置权限(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear…</source>
        <translation>撤销(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;vhost…</source>
        <translation>新建虚拟主机(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete v&amp;host…</source>
        <translation>删除虚拟主机(&amp;H)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User to check</source>
        <translation>要检查的用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual host to check</source>
        <translation>要检查的虚拟主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange or queue to check</source>
        <translation>要检查的交换机或队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange or queue name</source>
        <translation>交换机或队列名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in</source>
        <translation>在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use</source>
        <translation>能否使用</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New virtual host</source>
        <translation>新建虚拟主机</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此 Broker 不允许从控制台进行更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Delete %n user(s) with their permissions? %1</source>
        <translation>
            <numerusform>删除 %n 个用户及其权限？%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take away %n permission(s)? %1</source>
        <translation>
            <numerusform>撤销 %n 项权限？%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the new virtual host:</source>
        <translation>新虚拟主机的名称：</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n virtual host(s) with all their queues, messages, exchanges and permissions? %1</source>
        <translation>
            <numerusform>删除 %n 个虚拟主机及其所有队列、消息、交换机和权限？%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>configure</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
</context>
<context>
    <name>VhostTableModel</name>
    <message>
        <location filename="../ui/models/vhost_table_model.cpp" line="+24"/>
        <source>Virtual host</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>未确认</translation>
    </message>
</context>
</TS>
