<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackgroundFileWriter</name>
    <message>
        <location filename="../ui/views/background_file_writer.cpp" line="+31"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>the file is larger than %n MiB</source>
        <translation>
            <numerusform>文件大于 %n MiB</numerusform>
        </translation>
    </message>
</context>
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
        <location filename="../ui/models/body_format.cpp" line="+54"/>
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
        <location filename="../ui/backends/broker_backend.cpp" line="+16"/>
        <source>This broker has no exchanges.</source>
        <translation>此代理没有交换机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no bindings.</source>
        <translation>此代理没有绑定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker does not list its connections.</source>
        <translation>此代理不列出其连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no channels.</source>
        <translation>此代理没有信道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker does not list its consumers.</source>
        <translation>此代理不列出其消费者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker&apos;s users cannot be managed from here.</source>
        <translation>无法在此管理此代理的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot test routes.</source>
        <translation>此代理无法测试路由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot be tapped.</source>
        <translation>无法实时监听此代理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker sends no log stream.</source>
        <translation>此代理不发送日志流。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no definitions to export or import.</source>
        <translation>此代理没有可导出或导入的定义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has only classic queues.</source>
        <translation>此代理只有经典队列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no policies.</source>
        <translation>此代理没有策略。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no queues to list.</source>
        <translation>此代理没有可列出的队列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker takes no messages for exchanges or queues.</source>
        <translation>此代理不接收发往交换机或队列的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained messages are MQTT&apos;s: the console lists them for the embedded broker and for MQTT brokers.</source>
        <translation>保留消息是 MQTT 的功能：控制台会为内嵌代理和 MQTT 代理列出保留消息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console publishes to MQTT topics on the embedded broker and on MQTT brokers.</source>
        <translation>控制台可向内嵌代理和 MQTT 代理上的 MQTT 主题发布消息。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此代理不允许从控制台进行更改。</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <source>This broker cannot check permissions from the console.</source>
        <translation>此代理无法从控制台检查权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot test routes from the console.</source>
        <translation>此代理无法从控制台测试路由。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>此代理不允许控制台查看队列内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This broker cannot be reconfigured from the console.</source>
        <translation>无法从控制台重新配置此代理。</translation>
    </message>
</context>
<context>
    <name>BrokerSettingsPage</name>
    <message>
        <location filename="../ui/views/broker_settings_page.cpp" line="+45"/>
        <source>&amp;Apply and restart</source>
        <translation>应用并重启(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Listeners</source>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>One SCHEME=HOST:PORT per line, e.g. amqp=127.0.0.1:5672. Port 0 picks a free port. Empty: amqp and http on their default ports.</source>
        <translation>每行一个 SCHEME=HOST:PORT，例如 amqp=127.0.0.1:5672。端口 0 表示自动选择空闲端口。留空：amqp 和 http 使用各自的默认端口。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel max</source>
        <translation>最大信道数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels per connection:</source>
        <translation>每个连接的信道数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame max</source>
        <translation>最大帧大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frame size:</source>
        <translation>帧大小(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heartbeat:</source>
        <translation>心跳(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory high watermark</source>
        <translation>内存高水位线</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>40% of physical memory</source>
        <translation>物理内存的 40%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory high watermark:</source>
        <translation>内存高水位线(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk free limit</source>
        <translation>磁盘可用空间下限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disk free limit:</source>
        <translation>磁盘可用空间下限(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set at start-up</source>
        <translation>启动时设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default user</source>
        <translation>默认用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default virtual host</source>
        <translation>默认虚拟主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply and restart the broker</source>
        <translation>应用设置并重启代理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the broker settings</source>
        <translation>还原代理设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applying restarts the broker: clients are disconnected. The settings are kept for the next launch unless --config, --listen or --data-dir is given.</source>
        <translation>应用设置会重启代理：客户端将被断开连接。除非指定了 --config、--listen 或 --data-dir，这些设置会保留到下次启动。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>none: messages are kept in memory only</source>
        <translation>无：消息仅保存在内存中</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 listener is not available in this version.</source>
        <translation>此版本不提供 %1 监听器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restart the broker with these settings? Its clients are disconnected.</source>
        <translation>使用这些设置重启代理？其客户端将被断开连接。</translation>
    </message>
</context>
<context>
    <name>BrokerWorkspace</name>
    <message>
        <location filename="../ui/views/broker_workspace.cpp" line="+67"/>
        <source>B&amp;rokers</source>
        <translation>已打开的代理(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open brokers</source>
        <translation>已打开的代理</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+226"/>
        <source>&amp;Close broker</source>
        <translation>关闭代理(&amp;C)</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>&amp;Next broker</source>
        <translation>下一个代理(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous broker</source>
        <translation>上一个代理(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Broker list</source>
        <translation>代理列表(&amp;B)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · read-only</source>
        <translation>%1 · 只读</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The embedded broker stays open with the window.</source>
        <translation>内嵌代理随窗口保持打开，无法单独关闭。</translation>
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
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>客户端</translation>
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
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
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
    <name>ConnectAppCard</name>
    <message>
        <location filename="../ui/views/connect_app_card.cpp" line="+37"/>
        <source>Connect your application</source>
        <translation>连接您的应用程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Connect your application&lt;/b&gt;</source>
        <translation>&lt;b&gt;连接您的应用程序&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point any AMQP 0-9-1 client (pika, amqplib, the RabbitMQ Java client…) at:</source>
        <translation>将任意 AMQP 0-9-1 客户端（pika、amqplib、RabbitMQ Java 客户端…）指向：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMQP URL</source>
        <translation>AMQP URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy URL</source>
        <translation>复制 URL(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: &lt;a href=&quot;https://www.rabbitmq.com/tutorials&quot;&gt;tutorials&lt;/a&gt; · &lt;a href=&quot;https://www.rabbitmq.com/client-libraries&quot;&gt;client libraries&lt;/a&gt;</source>
        <translation>下一步：&lt;a href=&quot;https://www.rabbitmq.com/tutorials&quot;&gt;教程&lt;/a&gt; · &lt;a href=&quot;https://www.rabbitmq.com/client-libraries&quot;&gt;客户端库&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the connection tips</source>
        <translation>关闭连接提示</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>User %1, password %2 (the defaults; change them in Broker › Settings before others can reach this broker).</source>
        <translation>用户 %1，密码 %2（默认值；在其他人能够访问此代理之前，请在“代理 › 设置”中修改）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1, with the password set in Broker › Settings.</source>
        <translation>用户 %1，密码为“代理 › 设置”中设定的密码。</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/views/connection_banner.cpp" line="+10"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection name</source>
        <translation>连接名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection URL</source>
        <translation>连接 URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ TLS certificates are not verified: development use only</source>
        <translation>⚠ 未验证 TLS 证书：仅供开发使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS warning</source>
        <translation>TLS 警告</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/views/connection_dialog.cpp" line="+31"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Read-only: refuse every change from the console</source>
        <translation>只读(&amp;R)：拒绝来自控制台的所有更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;kip certificate verification</source>
        <translation>跳过证书验证(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker kind</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Management URL</source>
        <translation>管理 URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broker URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. mqtt://127.0.0.1:1883 (mqtts:// for TLS)</source>
        <translation>例如 mqtt://127.0.0.1:1883（TLS 使用 mqtts://）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. https://broker.example.com:15672/</source>
        <translation>例如 https://broker.example.com:15672/</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>MQTT broker</source>
        <translation>MQTT 代理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip certificate verification</source>
        <translation>跳过证书验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Anyone between you and the broker can read and change this connection, password included. Only for development brokers with self-signed certificates.</source>
        <translation>⚠ 您与代理之间的任何人都可以读取和篡改此连接，包括密码。仅适用于使用自签名证书的开发用代理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour tag</source>
        <translation>颜色标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;olling every:</source>
        <translation>轮询间隔(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour tag:</source>
        <translation>颜色标签(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;A certificates:</source>
        <translation>CA 证书(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates (PEM)</source>
        <translation>CA 证书 (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate file</source>
        <translation>客户端证书文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client certificate (PEM)</source>
        <translation>客户端证书 (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key file</source>
        <translation>客户端密钥文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client key (PEM)</source>
        <translation>客户端密钥 (PEM)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <location filename="../ui/models/connection_profile_store.cpp" line="+141"/>
        <source>The connection needs a name.</source>
        <translation>连接需要一个名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not begin or end with blanks.</source>
        <translation>名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A connection named &apos;%1&apos; already exists.</source>
        <translation>名为“%1”的连接已存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The URL of an MQTT broker must start with mqtt:// or mqtts://.</source>
        <translation>MQTT 代理的 URL 必须以 mqtt:// 或 mqtts:// 开头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL needs a host, e.g. mqtt://broker.example.com:1883.</source>
        <translation>URL 需要包含主机，例如 mqtt://broker.example.com:1883。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL needs a host, e.g. https://broker.example.com:15672/.</source>
        <translation>URL 需要包含主机，例如 https://broker.example.com:15672/。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The polling interval must be at least %1 ms.</source>
        <translation>轮询间隔至少为 %1 ms。</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>This is not a file of Warren connections.</source>
        <translation>这不是 Warren 连接文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <location filename="../ui/models/connection_table_model.cpp" line="+48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>应用程序</translation>
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
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected %1</source>
        <translation>连接于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received %1, sent %2</source>
        <translation>已接收 %1，已发送 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>clean session</source>
        <translation>清除会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persistent session</source>
        <translation>持久会话</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>keep-alive %n s</source>
        <translation>
            <numerusform>保活 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no keep-alive</source>
        <translation>无保活</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>will to %1</source>
        <translation>遗嘱发往 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no heart-beat</source>
        <translation>无心跳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heart-beat %1 s out, %2 s in</source>
        <translation>心跳：发送 %1 秒，接收 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscriptions: %1</source>
        <translation>订阅：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The broker is pacing this publisher: it reads from it only as fast as it can write what it publishes (flow control).</source>
        <translation>代理正在限速此发布者：只以能写入其所发布内容的速度从其读取（流控）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource alarm (memory or disk) stops this publisher until it clears.</source>
        <translation>资源告警（内存或磁盘）会阻止此发布者，直到告警解除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A resource alarm is in force: this connection will be stopped if it publishes.</source>
        <translation>资源告警生效中：此连接一旦发布消息将被阻止。</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../ui/views/connections_dialog.cpp" line="+38"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>Import connections</source>
        <translation>导入连接</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Export connections</source>
        <translation>导出连接</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to broker</source>
        <translation>连接到代理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warren connections (*.json);;All files (*)</source>
        <translation>Warren 连接 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connections.json</source>
        <translation>connections.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain could not store the password of &apos;%1&apos;: %2
You will be asked for it when connecting.</source>
        <translation>钥匙串无法保存“%1”的密码：%2
连接时将向您询问密码。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete the connection &apos;%1&apos; and its saved password?</source>
        <translation>删除连接“%1”及其已保存的密码？</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a file of connections.</source>
        <translation>%1 太大，不可能是连接文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n connection(s) imported, without passwords.</source>
        <translation>
            <numerusform>已导入 %n 个连接，不含密码。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed, as the name was taken: %1</source>
        <translation>名称已被占用，已重命名：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n connection(s) exported to %1, without passwords.</source>
        <translation>
            <numerusform>已将 %n 个连接导出到 %1，不含密码。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the password from the keychain…</source>
        <translation>正在从钥匙串读取密码…</translation>
    </message>
</context>
<context>
    <name>ConsoleNavigator</name>
    <message>
        <location filename="../ui/views/console_navigator.cpp" line="+15"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Connections (10,000)</source>
        <translation>连接（10,000）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../ui/views/console_window.cpp" line="+105"/>
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
        <location line="+6"/>
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
        <location line="+9"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bindings</source>
        <translation>绑定</translation>
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
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live tap</source>
        <translation>实时监听</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retained</source>
        <translation>保留消息</translation>
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
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broker settings</source>
        <translation>代理设置</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connection problem</source>
        <translation>连接问题</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the keychain could not store the password of &apos;%1&apos; (%2); it will be asked for when connecting</source>
        <translation>钥匙串无法保存“%1”的密码（%2）；连接时将询问密码</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+22"/>
        <source>Show Warren</source>
        <translation>显示 Warren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close connection…</source>
        <translation>关闭连接(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n client(s) connected to the embedded broker will be disconnected. Quit anyway?</source>
        <translation>
            <numerusform>连接到内嵌代理的 %n 个客户端将被断开。仍要退出吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Broker</source>
        <translation>代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging</source>
        <translation>消息传递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open queues</source>
        <translation>已打开的队列</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onnect to broker…</source>
        <translation>连接到代理(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent connections</source>
        <translation>最近的连接(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;definitions…</source>
        <translation>复制定义(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport definitions…</source>
        <translation>导出定义(&amp;X)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import definitions…</source>
        <translation>导入定义(&amp;I)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Broker</source>
        <translation>代理(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Warren</source>
        <translation>关于 Warren(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No recent connections</source>
        <translation>没有最近的连接</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+70"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;一个面向消息代理的桌面控制台，内置 AMQP 0-9-1 代理。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;New queue…</source>
        <translation>新建队列(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purge…</source>
        <translation>清空(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected queues, each in a tab of its own</source>
        <translation>打开所选队列，每个队列单独一个标签页</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此代理不允许从控制台进行更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Purge %n queue(s)? Their ready messages are deleted for good: %1</source>
        <translation>
            <numerusform>清空 %n 个队列？其中的就绪消息将被永久删除：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete %n queue(s) with their messages and bindings? %1</source>
        <translation>
            <numerusform>删除 %n 个队列及其消息和绑定？%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue %1 in virtual host %2</source>
        <translation>虚拟主机 %2 中的队列 %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Warren — %1</source>
        <translation>Warren — %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+22"/>
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
    <message>
        <location line="+4"/>
        <source>Topic permission of &apos;%1&apos; in &apos;%2&apos; set</source>
        <translation>已设置“%1”在“%2”中的主题权限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic permission of &apos;%1&apos; in &apos;%2&apos; cleared</source>
        <translation>已撤销“%1”在“%2”中的主题权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &apos;%1&apos; in &apos;%2&apos; saved</source>
        <translation>已保存“%2”中的策略“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &apos;%1&apos; in &apos;%2&apos; deleted</source>
        <translation>已删除“%2”中的策略“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Definitions imported: %n object(s)</source>
        <translation>
            <numerusform>已导入定义：%n 个对象</numerusform>
        </translation>
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
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>客户端</translation>
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
        <location line="+28"/>
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
    <name>CopyDefinitionsDialog</name>
    <message>
        <location filename="../ui/views/copy_definitions_dialog.cpp" line="+34"/>
        <source>C&amp;ompare</source>
        <translation>比较(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+303"/>
        <source>&amp;Apply to target</source>
        <translation>应用到目标(&amp;A)</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Copy definitions</source>
        <translation>复制定义</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy from</source>
        <translation>复制来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to</source>
        <translation>复制目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the copy makes</source>
        <translation>复制将进行的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison status</source>
        <translation>比较状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply to target</source>
        <translation>应用到目标</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual host</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy &amp;from:</source>
        <translation>复制自(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;To:</source>
        <translation>复制到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only creates and updates: nothing is deleted from the target. Queues and exchanges that exist there with other properties are left as they are.</source>
        <translation>仅创建和更新：不会从目标中删除任何内容。目标中已存在但属性不同的队列和交换机将保持原样。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What a copy does</source>
        <translation>复制的作用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Press Compare to see what the copy would change.</source>
        <translation>按“比较”查看复制将更改的内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+42"/>
        <location line="+202"/>
        <source>That broker has been closed.</source>
        <translation>该代理已被关闭。</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Choose two different brokers.</source>
        <translation>请选择两个不同的代理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the definitions of %1 and %2…</source>
        <translation>正在读取 %1 和 %2 的定义…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the definitions of %1: %2</source>
        <translation>无法读取 %1 的定义：%2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Tick to give the target this user&apos;s password from the source.</source>
        <translation>勾选后，目标将使用源中此用户的密码。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing to copy: %1 already has these definitions.</source>
        <translation>无需复制：%1 已有这些定义。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would get %2 new and %3 updated definition(s).</source>
        <translation>%1 将新增 %2 个定义，更新 %3 个定义。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) would be left as they are.</source>
        <translation>
            <numerusform>%n 个冲突将保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n definition(s) the target cannot hold are not copied.</source>
        <translation>
            <numerusform>目标无法容纳的 %n 个定义不会被复制。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n definition(s) only in the target are kept.</source>
        <translation>
            <numerusform>仅存在于目标中的 %n 个定义将被保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>&amp;Apply %n change(s) to target</source>
        <translation>
            <numerusform>将 %n 项更改应用到目标(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Importing %n change(s) into %1…</source>
        <translation>
            <numerusform>正在将 %n 项更改导入 %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 refused the import: %2</source>
        <translation>%1 拒绝了导入：%2</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n change(s) applied to %1.</source>
        <translation>
            <numerusform>已将 %n 项更改应用到 %1。</numerusform>
        </translation>
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
    <name>DefinitionsFiles</name>
    <message>
        <location filename="../ui/views/definitions_files.cpp" line="+26"/>
        <source>Definitions (*.json);;All files (*)</source>
        <translation>定义 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export definitions</source>
        <translation>导出定义</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Import definitions</source>
        <translation>导入定义</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the definitions of %1…</source>
        <translation>正在读取 %1 的定义…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the definitions: %1</source>
        <translation>无法读取定义：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Definitions exported to %1</source>
        <translation>定义已导出到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a definitions file: %2</source>
        <translation>%1 不是定义文件：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no JSON object</source>
        <translation>其中没有 JSON 对象</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Import %n definition(s) from %1 into %2? What exists there is updated; nothing is deleted.</source>
        <translation>
            <numerusform>将 %n 个定义从 %1 导入到 %2？已存在的会被更新；不会删除任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing definitions into %1…</source>
        <translation>正在向 %1 导入定义…</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <location filename="../ui/backends/embedded_backend.cpp" line="+41"/>
        <source>Warren has only classic queues.</source>
        <translation>Warren 只有经典队列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Embedded broker</source>
        <translation>内嵌代理</translation>
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
        <source>The embedded broker is not running.</source>
        <translation>内嵌代理未在运行。</translation>
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
        <location line="+8"/>
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
        <translation>此代理不允许从控制台进行更改。</translation>
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
        <location filename="../ui/views/exchange_dialog.cpp" line="+17"/>
        <source>Survives a broker restart</source>
        <translation>代理重启后仍然保留</translation>
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
    <name>ExportedMessage</name>
    <message>
        <location filename="../ui/models/exported_message.cpp" line="+65"/>
        <source>not JSON (%1)</source>
        <translation>不是 JSON（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no &quot;payload&quot; string</source>
        <translation>缺少 &quot;payload&quot; 字符串</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the base64 payload does not decode</source>
        <translation>base64 编码的 payload 无法解码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown payload_encoding &quot;%1&quot;</source>
        <translation>未知的 payload_encoding &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>JolokiaBackend</name>
    <message>
        <location filename="../ui/backends/jolokia_backend.cpp" line="+62"/>
        <source>ActiveMQ has no exchanges or bindings: producers send to queues and topics directly.</source>
        <translation>ActiveMQ 没有交换机或绑定：生产者直接向队列和主题发送消息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActiveMQ has no channels: JMS sessions are not visible through Jolokia.</source>
        <translation>ActiveMQ 没有信道：通过 Jolokia 无法看到 JMS 会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ&apos;s consumers are not listed here; each queue shows how many it has.</source>
        <translation>此处不列出 ActiveMQ 的消费者；每个队列会显示其消费者数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ&apos;s users and permissions live in its configuration files.</source>
        <translation>ActiveMQ 的用户和权限位于其配置文件中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ does not route: a message goes to the queue or topic it names.</source>
        <translation>ActiveMQ 不进行路由：消息会发送到其指定的队列或主题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ cannot be tapped from here.</source>
        <translation>无法在此实时监听 ActiveMQ。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ sends no log stream through Jolokia.</source>
        <translation>ActiveMQ 不通过 Jolokia 发送日志流。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ keeps its destinations and users in its configuration files, not in definitions that can be copied.</source>
        <translation>ActiveMQ 将其目的地和用户保存在配置文件中，而不是保存在可复制的定义中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActiveMQ has no quorum queues or streams.</source>
        <translation>ActiveMQ 没有仲裁队列或流。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ has no policies: its destination policies live in activemq.xml.</source>
        <translation>ActiveMQ 没有策略：其目的地策略位于 activemq.xml 中。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server answered HTTP %1 (is Jolokia at this URL?)</source>
        <translation>服务器返回 HTTP %1（此 URL 上是否有 Jolokia？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is not Jolokia&apos;s JSON</source>
        <translation>响应不是 Jolokia 的 JSON</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>ActiveMQ needs a queue (the routing key) or a topic (the exchange) to send to.</source>
        <translation>ActiveMQ 需要一个队列（路由键）或主题（交换机）作为发送目标。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no such connection</source>
        <translation>没有此连接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ActiveMQ has only topics: declare an exchange of type topic.</source>
        <translation>ActiveMQ 只有主题：请声明一个 topic 类型的交换机。</translation>
    </message>
</context>
<context>
    <name>LiveTapPage</name>
    <message>
        <location filename="../ui/views/live_tap_page.cpp" line="+91"/>
        <source>MQTT &amp;topics</source>
        <translation>MQTT 主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Virtual host to tap</source>
        <translation>要监听的虚拟主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange to tap</source>
        <translation>要监听的交换机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show keys as MQTT topics, with &apos;/&apos; between levels, as MQTT clients name them.</source>
        <translation>将路由键显示为 MQTT 主题，层级之间用“/”分隔，与 MQTT 客户端的命名方式一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear what the tap has seen</source>
        <translation>清除已监听到的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+516"/>
        <source>Export tapped messages</source>
        <translation>导出监听到的消息</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>&amp;Vhost:</source>
        <translation>虚拟主机(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xchange:</source>
        <translation>交换机(&amp;X)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+109"/>
        <source>Routing keys seen by the tap</source>
        <translation>监听到的路由键</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Rank top talkers by</source>
        <translation>流量排行依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by messages</source>
        <translation>按消息数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by bytes</source>
        <translation>按字节数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Top talkers</source>
        <translation>流量排行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Latest message on the selected key</source>
        <translation>所选路由键上的最新消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference to the previous message on the selected key</source>
        <translation>与所选路由键上前一条消息的差异</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number to chart</source>
        <translation>要绘制图表的数值</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics seen by the tap</source>
        <translation>监听到的主题</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This broker cannot show the console a copy of its traffic.</source>
        <translation>此代理无法向控制台提供其流量的副本。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(all exchanges)</source>
        <translation>（所有交换机）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>(AMQP default)</source>
        <translation>（AMQP 默认）</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>No message has carried exactly this key yet.</source>
        <translation>还没有消息恰好使用此路由键。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only one message on this key so far.</source>
        <translation>此路由键上目前只有一条消息。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tapping every topic</source>
        <translation>正在监听所有主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tapping every exchange of %1</source>
        <translation>正在监听 %1 的所有交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tapping %1 in %2</source>
        <translation>正在监听 %2 中的 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not tapping</source>
        <translation>未在监听</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n message(s) seen</source>
        <translation>
            <numerusform>%1 · 已监听到 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n not shown (faster than the console takes them)</source>
        <translation>
            <numerusform> · %n 条未显示（速度超过控制台的处理能力）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the tap</source>
        <translation>暂停监听</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the tap</source>
        <translation>开始监听</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON 行 (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>正在导出 %n 条消息…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
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
        <location line="+106"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Lowest level shown</source>
        <translation>显示的最低级别</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Category shown</source>
        <translation>显示的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter log records by text</source>
        <translation>按文本筛选日志记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to jump to</source>
        <translation>要跳转到的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to time</source>
        <translation>跳转到时间(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log records</source>
        <translation>日志记录</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>ManagementApiBackend</name>
    <message>
        <location filename="../ui/backends/management_api_backend.cpp" line="+57"/>
        <source>Warren has only classic queues.</source>
        <translation>Warren 只有经典队列。</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>no such binding</source>
        <translation>没有此绑定</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The broker&apos;s definitions are not a JSON object.</source>
        <translation>代理的定义不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>MessageBrowserPage</name>
    <message>
        <location filename="../ui/views/message_browser_page.cpp" line="+49"/>
        <source>&amp;Peek</source>
        <translation>查看(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;whole queue</source>
        <translation>搜索整个队列(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy to…</source>
        <translation>复制到(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requeue dead-lettered</source>
        <translation>将死信消息重新入队(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit and re-send…</source>
        <translation>编辑并重新发送(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to browse</source>
        <translation>要浏览的队列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many messages to peek at</source>
        <translation>要查看的消息数量</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Search message bodies</source>
        <translation>搜索消息内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in bodies</source>
        <translation>在内容中搜索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every ready message of the queue, not only those peeked at, and show the ones that match</source>
        <translation>搜索队列中的所有就绪消息（而不只是已查看的消息），并显示匹配的消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Messages at the head of the queue</source>
        <translation>队列头部的消息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message properties and headers</source>
        <translation>消息属性和标头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the body as</source>
        <translation>内容显示方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Message body</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body as:</source>
        <translation>内容显示为：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message operations</source>
        <translation>消息操作</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publish the selected messages elsewhere, then remove them from this queue</source>
        <translation>将所选消息发布到其他位置，然后从此队列中移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish copies of the selected messages elsewhere, leaving them here</source>
        <translation>将所选消息的副本发布到其他位置，原消息保留在此</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected dead-lettered messages back to where they died (x-death)</source>
        <translation>将所选死信消息送回其成为死信之处 (x-death)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the messages of an exported JSON-lines file</source>
        <translation>发布已导出的 JSON 行文件中的消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy of the current message in the Publish form, to change and send it</source>
        <translation>在“发布”表单中打开当前消息的副本，以便修改并发送</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message browser status</source>
        <translation>消息浏览器状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export or import progress</source>
        <translation>导出或导入进度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the export or import</source>
        <translation>停止导出或导入</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>此代理不允许控制台查看队列内容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export stopped; %1 was not written.</source>
        <translation>导出已停止；未写入 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Peeking at %1…</source>
        <translation>正在查看 %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type what to look for first.</source>
        <translation>请先输入要查找的内容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1 message(s) of %2…</source>
        <translation>正在读取 %2 中的 %1 条消息…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for %1.</source>
        <translation>已停止等待 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not peek at %1: %2</source>
        <translation>无法查看 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 ready message(s) in %3, left in place</source>
        <translation>%3 中 %2 条就绪消息的前 %1 条，均保留在原处</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching %1 message(s)…</source>
        <translation>正在搜索 %1 条消息…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n match(es) in %1 messages of %2</source>
        <translation>
            <numerusform>%2 的 %1 条消息中有 %n 条匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the first %1 of %2 ready)</source>
        <translation>（%2 条就绪消息中的前 %1 条）</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Search stopped.</source>
        <translation>搜索已停止。</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Export messages</source>
        <translation>导出消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON 行 (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="-122"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>正在导出 %n 条消息…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>正在发送 %n 条消息…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing sent: %1</source>
        <translation>未发送任何消息：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copied %n message(s)</source>
        <translation>
            <numerusform>已复制 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Moved %n message(s)</source>
        <translation>
            <numerusform>已移动 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Requeued %n dead-lettered message(s)</source>
        <translation>
            <numerusform>已将 %n 条死信消息重新入队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n skipped (no longer ready, or not dead-lettered)</source>
        <translation>
            <numerusform>；跳过 %n 条（已不再就绪，或不是死信）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import messages</source>
        <translation>导入消息</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Import stopped: %n message(s) published</source>
        <translation>
            <numerusform>导入已停止：已发布 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>已导入 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n reached no queue</source>
        <translation>
            <numerusform>；%n 条未到达任何队列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n line(s) unreadable</source>
        <translation>
            <numerusform>；%n 行无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDetailsTree</name>
    <message numerus="yes">
        <location filename="../ui/views/message_details_tree.cpp" line="+31"/>
        <source>table, %n field(s)</source>
        <translation>
            <numerusform>表，%n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>array, %n entry(s)</source>
        <translation>
            <numerusform>数组，%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <message numerus="yes">
        <location line="+6"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n 个标头</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageTargetDialog</name>
    <message>
        <location filename="../ui/views/message_target_dialog.cpp" line="+18"/>
        <source>Each message&apos;s recorded exchange</source>
        <translation>每条消息记录的交换机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target queue</source>
        <translation>目标队列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(through the exchange below)</source>
        <translation>（通过下方的交换机）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish to each message&apos;s recorded exchange</source>
        <translation>发布到每条消息记录的交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target exchange</source>
        <translation>目标交换机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default exchange)</source>
        <translation>（默认交换机）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target routing key</source>
        <translation>目标路由键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank: each message&apos;s own</source>
        <translation>留空：使用每条消息自己的路由键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import messages to</source>
        <translation>将消息导入到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish messages to</source>
        <translation>将消息发布到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q)：</translation>
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
        <location line="+2"/>
        <source>A queue chosen here gets the messages directly, through the default exchange; leave it empty to publish through an exchange and routing key instead.</source>
        <translation>在此选择的队列会通过默认交换机直接收到消息；留空则改为通过交换机和路由键发布。</translation>
    </message>
</context>
<context>
    <name>MqttBackend</name>
    <message>
        <location filename="../ui/backends/mqtt_backend.cpp" line="+62"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to the MQTT broker at %1: %2</source>
        <translation>无法连接到位于 %1 的 MQTT 代理：%2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>An MQTT broker has no queues: its topics are in the Live tap and Retained tabs.</source>
        <translation>MQTT 代理没有队列：其主题位于“实时监听”和“保留消息”标签页中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker has no exchanges: messages go to topics, which the Live tap shows.</source>
        <translation>MQTT 代理没有交换机：消息发往主题，“实时监听”会显示这些主题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker takes messages for topics, not for exchanges or queues: publish to a topic instead.</source>
        <translation>MQTT 代理接收发往主题的消息，而不是发往交换机或队列的消息：请改为发布到主题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker has no bindings: each subscription&apos;s filter picks the topics it gets.</source>
        <translation>MQTT 代理没有绑定：每个订阅的过滤器决定它接收哪些主题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQTT gives a client no way to list the broker&apos;s connections.</source>
        <translation>MQTT 没有为客户端提供列出代理连接的方法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQTT has no channels: each client has one session.</source>
        <translation>MQTT 没有信道：每个客户端只有一个会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQTT gives a client no way to list the broker&apos;s subscriptions.</source>
        <translation>MQTT 没有为客户端提供列出代理订阅的方法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker&apos;s users and access rules live in its own configuration.</source>
        <translation>MQTT 代理的用户和访问规则位于其自身的配置中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker does not route through exchanges: a message goes to every subscription whose filter matches its topic.</source>
        <translation>MQTT 代理不通过交换机路由：消息会发送到过滤器与其主题匹配的每个订阅。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQTT sends a client no log stream.</source>
        <translation>MQTT 不向客户端发送日志流。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no definitions to export or import.</source>
        <translation>MQTT 代理没有可导出或导入的定义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no queues, so no queue types.</source>
        <translation>MQTT 代理没有队列，因此也没有队列类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no policies.</source>
        <translation>MQTT 代理没有策略。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection to the MQTT broker was lost before it acknowledged the message.</source>
        <translation>MQTT 代理确认该消息之前，与其的连接已断开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the MQTT broker was lost: %1.</source>
        <translation>与 MQTT 代理的连接已断开：%1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login refused: %1 (retrying in %2 s)</source>
        <translation>登录被拒绝：%1（%2 秒后重试）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MQTT broker refused the login: %1</source>
        <translation>MQTT 代理拒绝了登录：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: %1 (retrying in %2 s)</source>
        <translation>被拒绝：%1（%2 秒后重试）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MQTT broker at %1 refused the connection: %2</source>
        <translation>位于 %1 的 MQTT 代理拒绝了连接：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected: %1 (reconnecting in %2 s)</source>
        <translation>已断开：%1（%2 秒后重新连接）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost the connection to the MQTT broker at %1: %2</source>
        <translation>与位于 %1 的 MQTT 代理的连接已断开：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unreachable: %1 (retrying in %2 s)</source>
        <translation>无法访问：%1（%2 秒后重试）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the MQTT broker at %1: %2</source>
        <translation>无法访问位于 %1 的 MQTT 代理：%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <location line="+10"/>
        <source>The console is not connected to the MQTT broker.</source>
        <translation>控制台未连接到 MQTT 代理。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This connection is read-only.</source>
        <translation>此连接为只读。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Topic &apos;%1&apos; has no retained message.</source>
        <translation>主题“%1”没有保留消息。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The message was not published: %1.</source>
        <translation>消息未发布：%1。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The MQTT broker refused the message: %1.</source>
        <translation>MQTT 代理拒绝了该消息：%1。</translation>
    </message>
</context>
<context>
    <name>MqttClient</name>
    <message>
        <location filename="../ui/backends/mqtt_client.cpp" line="+307"/>
        <source>the MQTT library could not create a client</source>
        <translation>MQTT 库无法创建客户端</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the CA, certificate or key file cannot be read</source>
        <translation>无法读取 CA、证书或密钥文件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the console is not connected to the broker</source>
        <translation>控制台未连接到代理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a topic to publish to: it must not be empty or hold + or #</source>
        <translation>“%1”不是可发布的主题：不能为空，也不能包含 + 或 #</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the QoS must be 0, 1 or 2</source>
        <translation>QoS 必须为 0、1 或 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is larger than MQTT allows (256 MiB)</source>
        <translation>载荷超过了 MQTT 允许的大小（256 MiB）</translation>
    </message>
    <message>
        <location filename="../ui/backends/mqtt_client_ending.cpp" line="+11"/>
        <source>the broker does not speak this version of MQTT</source>
        <translation>代理不支持此版本的 MQTT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client identifier was rejected</source>
        <translation>客户端标识符被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server is unavailable</source>
        <translation>服务器不可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not authorised</source>
        <translation>未授权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this client is banned</source>
        <translation>此客户端已被封禁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authentication method is not accepted</source>
        <translation>不接受此认证方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quota is exceeded</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many connections in too short a time</source>
        <translation>短时间内连接过多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the topic name is not valid</source>
        <translation>主题名称无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not in the format it claims</source>
        <translation>载荷与其声明的格式不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>the message is larger than the broker accepts</source>
        <translation>消息超过了代理接受的大小</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>the broker does not accept it (implementation-specific)</source>
        <translation>代理不接受（特定于实现）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason code %1</source>
        <translation>原因码 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host name cannot be resolved (%1)</source>
        <translation>无法解析主机名（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker stopped answering</source>
        <translation>代理已停止响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed (%1)</source>
        <translation>TLS 握手失败（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker broke the MQTT protocol</source>
        <translation>代理违反了 MQTT 协议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker does not accept this QoS</source>
        <translation>代理不接受此 QoS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker does not keep retained messages</source>
        <translation>代理不保存保留消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <location filename="../ui/models/node_table_model.cpp" line="+29"/>
        <source>This node is not running: queues whose leader was here move to other members, and classic queues on it are unavailable.</source>
        <translation>此节点未在运行：领导者位于此节点的队列会转移到其他成员，此节点上的经典队列不可用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network partition: this node cannot reach %1 although they are in its cluster. Each side may go on serving on its own and their states diverge until the partition is healed.</source>
        <translation>网络分区：此节点无法连接到 %1，尽管它们在同一集群中。双方可能各自继续提供服务，其状态会产生分歧，直到分区修复为止。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory alarm: publishers are blocked until memory use falls.</source>
        <translation>内存告警：在内存使用量下降之前，发布者将被阻塞。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk alarm: publishers are blocked until disk space is freed.</source>
        <translation>磁盘告警：在释放磁盘空间之前，发布者将被阻塞。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory used</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>disc</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/views/overview_page.cpp" line="+32"/>
        <source>Broker</source>
        <translation>代理</translation>
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
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory the broker process holds, next to the bytes of the messages in its queues. Much more held than queued means memory is kept for reuse rather than used.</source>
        <translation>代理进程占用的内存，以及其队列中消息的字节数。占用远多于排队量，说明内存是留作复用而非正在使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cluster nodes</source>
        <translation>集群节点</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+35"/>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — publishers blocked</source>
        <translation>%1 — 发布者已被阻塞</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Flow control: the broker is pacing %n publishing connection(s), reading from them only as fast as it can write what they publish. The Connections page shows which (state &quot;flow&quot;); the log says why.</source>
        <translation>
            <numerusform>流控：代理正在限速 %n 个发布连接，只以能写入其所发布内容的速度从中读取。“连接”页显示是哪些（状态为“flow”）；日志说明原因。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 held, %2 in queues</source>
        <translation>占用 %1，队列中 %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/views/password_dialog.cpp" line="+16"/>
        <source>&amp;Remember password</source>
        <translation>记住密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store in &amp;plain settings file (not encrypted)</source>
        <translation>以明文保存在设置文件中（未加密）(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is saved for &apos;%1&apos;. Enter the password of %2:</source>
        <translation>“%1”没有保存密码。请输入 %2 的密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not give the password for &apos;%1&apos;: %2
Enter the password of %3:</source>
        <translation>钥匙串无法提供“%1”的密码：%2
请输入 %3 的密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember password</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store in plain settings file</source>
        <translation>以明文保存在设置文件中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Anyone who can read your settings file can read this password. Use this only if the keychain cannot be made to work.</source>
        <translation>⚠ 任何能读取您设置文件的人都能读到此密码。仅在钥匙串无法正常工作时使用。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
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
    <name>PoliciesPage</name>
    <message>
        <location filename="../ui/views/policies_page.cpp" line="+19"/>
        <source>Filter policies by name</source>
        <translation>按名称筛选策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New policy…</source>
        <translation>新建策略(&amp;N)…</translation>
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
        <location line="+8"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此代理不允许从控制台进行更改。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n policy(s)? Queues and exchanges they matched lose what they set: %1</source>
        <translation>
            <numerusform>删除 %n 个策略？它们所匹配的队列和交换机将失去这些策略设置的内容：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDefinitionText</name>
    <message>
        <location filename="../ui/models/policy_definition_text.cpp" line="+30"/>
        <source>The definition is not a JSON object: %1 at character %2.</source>
        <translation>定义不是 JSON 对象：%1，位于第 %2 个字符。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1 is not key=value: %2</source>
        <translation>第 %1 行不是 key=value 格式：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A policy needs at least one key, such as message-ttl=60000.</source>
        <translation>策略至少需要一个键，例如 message-ttl=60000。</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../ui/views/policy_dialog.cpp" line="+25"/>
        <source>New policy</source>
        <translation>新建策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual host</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy name</source>
        <translation>策略名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern of names the policy applies to</source>
        <translation>策略适用的名称模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ^orders\.</source>
        <translation>例如 ^orders\.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the policy applies to</source>
        <translation>策略的应用对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues and exchanges</source>
        <translation>队列和交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where several policies match a name, the highest priority wins.</source>
        <translation>当多个策略匹配同一名称时，优先级最高者生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy definition</source>
        <translation>策略定义</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One key=value per line, e.g.
message-ttl=60000
dead-letter-exchange=dlx
or a JSON object: {&quot;max-length&quot;: 1000}</source>
        <translation>每行一个 key=value，例如
message-ttl=60000
dead-letter-exchange=dlx
或一个 JSON 对象：{&quot;max-length&quot;: 1000}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong with the policy</source>
        <translation>策略存在的问题</translation>
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
        <source>&amp;Pattern:</source>
        <translation>模式(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply to:</source>
        <translation>应用于(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>优先级(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Definition:</source>
        <translation>定义(&amp;D)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit policy</source>
        <translation>编辑策略</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A policy needs a name.</source>
        <translation>策略需要一个名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs a pattern; &quot;.*&quot; matches every name.</source>
        <translation>策略需要一个模式；&quot;.*&quot; 匹配所有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pattern is not a regular expression: %1.</source>
        <translation>该模式不是有效的正则表达式：%1。</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <location filename="../ui/models/policy_table_model.cpp" line="+21"/>
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
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply to</source>
        <translation>应用于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/views/preferences_dialog.cpp" line="+13"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh interval</source>
        <translation>刷新间隔</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh:</source>
        <translation>刷新(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../ui/views/publish_page.cpp" line="+76"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Message body</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent messages</source>
        <translation>已发送的消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load body from file…</source>
        <translation>从文件加载内容(&amp;L)…</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+3"/>
        <source>&amp;Content type:</source>
        <translation>内容类型(&amp;C)：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Headers:</source>
        <translation>标头(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent this session:</source>
        <translation>本次会话已发送：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This broker does not allow publishing from the console.</source>
        <translation>此代理不允许从控制台发布消息。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load message body</source>
        <translation>加载消息内容</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="-76"/>
        <location line="+90"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>Content enco&amp;ding:</source>
        <translation>内容编码(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;orrelation id:</source>
        <translation>关联 ID(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply &amp;to:</source>
        <translation>回复地址(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpiration (ms):</source>
        <translation>过期时间（毫秒）(&amp;X)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message id:</source>
        <translation>消息 ID(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User id:</source>
        <translation>用户 ID(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;App id:</source>
        <translation>应用 ID(&amp;A)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Persistent (delivery mode &amp;2)</source>
        <translation>持久化（投递模式 &amp;2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;tain</source>
        <translation>保留(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to send</source>
        <translation>发送目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exchange (AMQP)</source>
        <translation>交换机（AMQP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT topic</source>
        <translation>MQTT 主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. sensors/kitchen/temperature</source>
        <translation>例如 sensors/kitchen/temperature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality of service</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 — at most once</source>
        <translation>0 — 最多一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — at least once</source>
        <translation>1 — 至少一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — exactly once</source>
        <translation>2 — 恰好一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker keeps it as the topic&apos;s last message, for every new subscriber.</source>
        <translation>代理会将其保留为该主题的最后一条消息，发送给每个新订阅者。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8601, e.g. 2026-12-06T19:30:00Z</source>
        <translation>ISO 8601，例如 2026-12-06T19:30:00Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One header per line: &quot;name: text&quot;, or &quot;name:= JSON&quot; for numbers, true/false, arrays and tables</source>
        <translation>每行一个标头：“名称: 文本”；数字、true/false、数组和表则用“名称:= JSON”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send a&amp;gain</source>
        <translation>再次发送(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into the &amp;form</source>
        <translation>放回表单(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the chosen message back into the form to change it</source>
        <translation>将所选消息放回表单以便修改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send t&amp;o:</source>
        <translation>发送到(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To&amp;pic:</source>
        <translation>主题(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QoS:</source>
        <translation>QoS(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>T&amp;imestamp:</source>
        <translation>时间戳(&amp;I)：</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>An MQTT message needs a topic.</source>
        <translation>MQTT 消息需要一个主题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic to publish to cannot hold the wildcards + or #.</source>
        <translation>要发布到的主题不能包含通配符 + 或 #。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timestamp is not an ISO 8601 date and time.</source>
        <translation>时间戳不是 ISO 8601 格式的日期和时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The expiration is a whole number of milliseconds.</source>
        <translation>过期时间必须是以毫秒为单位的整数。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1  topic %2, QoS %3, retained (%4)</source>
        <translation>%1  主题 %2，QoS %3，保留（%4）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1  topic %2, QoS %3 (%4)</source>
        <translation>%1  主题 %2，QoS %3（%4）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3（%4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtual host %1</source>
        <translation>虚拟主机 %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Published to %1.</source>
        <translation>已发布到 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published to %1, but no subscription matched it.</source>
        <translation>已发布到 %1，但没有匹配的订阅。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published to %1: %n subscription(s) got it.</source>
        <translation>
            <numerusform>已发布到 %1：%n 个订阅收到了该消息。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>QCoreApplication::QueueFeatures</name>
    <message>
        <location filename="../ui/models/queue_features.cpp" line="+51"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>QueueDetailPage</name>
    <message>
        <location filename="../ui/views/queue_detail_page.cpp" line="+22"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Purge…</source>
        <translation>清空(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse messages</source>
        <translation>浏览消息(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in virtual host %2</source>
        <translation>虚拟主机 %2 中的 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This queue no longer exists: it was deleted, or deleted itself when its last consumer left. What is shown is its last state.</source>
        <translation>此队列已不存在：它已被删除，或在最后一个消费者离开时自动删除。此处显示的是其最后的状态。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader / node</source>
        <translation>领导者 / 节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durable</source>
        <translation>持久</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete</source>
        <translation>自动删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready bytes</source>
        <translation>就绪字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persistent</source>
        <translation>持久化</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Purge queue</source>
        <translation>清空队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete queue</source>
        <translation>删除队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse messages</source>
        <translation>浏览消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此代理不允许从控制台进行更改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bindings of the queue</source>
        <translation>队列的绑定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers of the queue</source>
        <translation>队列的消费者</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (offline)</source>
        <translation>%1（离线）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (not replicated)</source>
        <translation>无（未复制）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../ui/views/queue_dialog.cpp" line="+18"/>
        <source>Survives a broker restart</source>
        <translation>代理重启后仍然保留</translation>
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
        <location line="+5"/>
        <source>Queue type</source>
        <translation>队列类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>经典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum (replicated, durable)</source>
        <translation>仲裁（复制、持久）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream (append-only log, durable)</source>
        <translation>流（仅追加日志，持久）</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
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
        <location line="+21"/>
        <source>Quorum queues and streams are always durable and never deleted automatically.</source>
        <translation>仲裁队列和流始终是持久的，且永远不会被自动删除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
</context>
<context>
    <name>QueueFeatures</name>
    <message>
        <location filename="../ui/models/queue_features.cpp" line="-22"/>
        <location line="+1"/>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages</source>
        <translation>条消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;&quot; (the default exchange)</source>
        <translation>&quot;&quot;（默认交换机）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2 %3</source>
        <translation>%1 = %2 %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>D: durable, survives a broker restart</source>
        <translation>D：持久，代理重启后仍然保留</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AD: auto-delete, deleted when its last consumer unsubscribes</source>
        <translation>AD：自动删除，最后一个消费者取消订阅时即被删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excl: exclusive, used by one connection and deleted with it</source>
        <translation>Excl：独占，仅供一个连接使用，并随该连接一起删除</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Args: other arguments</source>
        <translation>Args：其他参数</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../ui/models/queue_table_model.cpp" line="+50"/>
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
        <location line="+2"/>
        <source>Ack/s</source>
        <translation>确认/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver/s</source>
        <translation>重新投递/s</translation>
    </message>
    <message>
        <location line="+32"/>
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
    <message>
        <location line="+7"/>
        <source>Node: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader: %1</source>
        <translation>领导者：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
</context>
<context>
    <name>RateCharts</name>
    <message>
        <location filename="../ui/views/rate_charts.cpp" line="+26"/>
        <source>Time the charts show</source>
        <translation>图表显示的时间范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart window</source>
        <translation>图表时间窗口</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Charts show:</source>
        <translation>图表显示：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message rates (per second)</source>
        <translation>消息速率（每秒）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message rates chart</source>
        <translation>消息速率图表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued messages</source>
        <translation>队列中的消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued messages chart</source>
        <translation>队列中的消息图表</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+15"/>
        <source>seconds ago</source>
        <translation>秒前</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <location filename="../ui/backends/remote_backend.cpp" line="+13"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable: %1 (retrying in %2 s)</source>
        <translation>无法访问：%1（%2 秒后重试）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This connection is read-only.</source>
        <translation>此连接为只读。</translation>
    </message>
</context>
<context>
    <name>RemoteHttp</name>
    <message>
        <location filename="../ui/backends/remote_http.cpp" line="+53"/>
        <source>login refused: wrong user name or password (HTTP 401)</source>
        <translation>登录被拒绝：用户名或密码错误 (HTTP 401)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker closed the connection</source>
        <translation>代理关闭了连接</translation>
    </message>
</context>
<context>
    <name>RemoteTaps</name>
    <message>
        <location filename="../ui/backends/remote_taps.cpp" line="+81"/>
        <source>the broker did not start the tap</source>
        <translation>代理未启动监听</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <location filename="../ui/views/resend_dialog.cpp" line="+12"/>
        <source>Edit and re-send</source>
        <translation>编辑并重新发送</translation>
    </message>
</context>
<context>
    <name>RetainedPage</name>
    <message>
        <location filename="../ui/views/retained_page.cpp" line="+27"/>
        <source>Filter retained messages by topic</source>
        <translation>按主题筛选保留消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retained messages</source>
        <translation>保留消息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payload of the selected retained message</source>
        <translation>所选保留消息的载荷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a topic to see its retained payload.</source>
        <translation>选择一个主题以查看其保留消息的载荷。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Clear the retained message of %n topic(s)? New subscribers will no longer get it: %1</source>
        <translation>
            <numerusform>清除 %n 个主题的保留消息？新订阅者将不再收到这些消息：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n retained message(s)</source>
        <translation>
            <numerusform>%n 条保留消息</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retained message of &apos;%1&apos; cleared</source>
        <translation>已清除“%1”的保留消息</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>qos: %1</source>
        <translation>QoS：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored: %1</source>
        <translation>存储时间：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>content type: %1</source>
        <translation>内容类型：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first %1 shown)</source>
        <translation>（仅显示前 %1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此代理不允许从控制台进行更改。</translation>
    </message>
</context>
<context>
    <name>RetainedTableModel</name>
    <message>
        <location filename="../ui/models/retained_table_model.cpp" line="+43"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>存储时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteExplanation</name>
    <message>
        <location filename="../ui/models/route_explanation.cpp" line="+101"/>
        <source>the default exchange by its name</source>
        <translation>默认交换机（按队列名称）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) by “%3”</source>
        <translation>%1 (%2) 按“%3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) by %3</source>
        <translation>%1 (%2) 按 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2), no binding matched: its alternate exchange</source>
        <translation>%1 (%2)，没有匹配的绑定：转到其备用交换机</translation>
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
        <location line="+3"/>
        <source>Queues the message would reach</source>
        <translation>消息会到达的队列</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+39"/>
        <source>Asking the broker…</source>
        <translation>正在询问代理…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell: %1</source>
        <translation>无法确定：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No binding in the last refresh explains this queue; refresh and test again.</source>
        <translation>最近一次刷新中没有任何绑定能解释此队列；请刷新后再测试。</translation>
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
        <location filename="../ui/views/table_page.cpp" line="+34"/>
        <source>Filter with a regular expression</source>
        <translation>使用正则表达式筛选</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
</context>
<context>
    <name>TapTreeModel</name>
    <message>
        <location filename="../ui/models/tap_tree_model.cpp" line="+213"/>
        <source>(other keys)</source>
        <translation>（其他路由键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keys first seen after %1 nodes are counted here</source>
        <translation>节点数达到 %1 之后才首次出现的路由键计入此处</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing key</source>
        <translation>路由键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate (msg/s)</source>
        <translation>速率 (msg/s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
</context>
<context>
    <name>TopTalkersModel</name>
    <message>
        <location filename="../ui/models/top_talkers_model.cpp" line="+60"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Routing key</source>
        <translation>路由键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate (msg/s)</source>
        <translation>速率 (msg/s)</translation>
    </message>
</context>
<context>
    <name>TopicPermissionDialog</name>
    <message>
        <location filename="../ui/views/topic_permission_dialog.cpp" line="+19"/>
        <source>Set topic permission</source>
        <translation>设置主题权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual host</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic exchange</source>
        <translation>主题交换机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routing keys that may be published</source>
        <translation>允许发布的路由键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing keys that may be bound</source>
        <translation>允许绑定的路由键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expressions searched for in routing keys, as RabbitMQ does: publishing checks the key against Write, binding a queue checks the binding key against Read. {username} and {vhost} stand for the client&apos;s own; an empty field allows nothing. Only topic exchanges are checked.</source>
        <translation>与 RabbitMQ 一样，在路由键中搜索这些正则表达式：发布时用“写入”检查路由键，绑定队列时用“读取”检查绑定键。{username} 和 {vhost} 代表客户端自己的用户名和虚拟主机；留空则不允许任何路由键。仅检查 topic 交换机。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>&amp;Exchange:</source>
        <translation>交换机(&amp;E)：</translation>
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
    <name>TopicPermissionTableModel</name>
    <message>
        <location filename="../ui/models/topic_permission_table_model.cpp" line="+23"/>
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
        <source>Exchange</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write (publish)</source>
        <translation>写入（发布）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read (bind)</source>
        <translation>读取（绑定）</translation>
    </message>
</context>
<context>
    <name>TopologyLayout</name>
    <message>
        <location filename="../ui/models/topology_layout.cpp" line="+94"/>
        <source>durable</source>
        <translation>持久</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transient</source>
        <translation>临时</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <location filename="../ui/views/topology_page.cpp" line="+44"/>
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
        <location line="+67"/>
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
    <message numerus="yes">
        <location line="+169"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dead letters of queue %1 go to exchange %2</source>
        <translation>队列 %1 的死信发送到交换机 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters of queue %1 go to exchange %2 with routing key %3</source>
        <translation>队列 %1 的死信以路由键 %3 发送到交换机 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dead letters from %1</source>
        <translation>来自 %1 的死信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead letters from %1, key %2</source>
        <translation>来自 %1 的死信，路由键 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queue %1 (%2)</source>
        <translation>队列 %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange %1 (%2)</source>
        <translation>交换机 %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queue, %1</source>
        <translation>队列，%1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../ui/views/users_page.cpp" line="+34"/>
        <source>Filter users by name</source>
        <translation>按名称筛选用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter permissions by user</source>
        <translation>按用户筛选权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter topic permissions by user</source>
        <translation>按用户筛选主题权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter virtual hosts by name</source>
        <translation>按名称筛选虚拟主机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual hosts</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic permissions</source>
        <translation>主题权限</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Set &amp;topic permission…</source>
        <translation>设置主题权限(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear…</source>
        <translation>撤销(&amp;L)…</translation>
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
        <location line="+9"/>
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
        <source>Routing key to check on a topic exchange</source>
        <translation>要在主题交换机上检查的路由键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing key (optional)</source>
        <translation>路由键（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the user may do</source>
        <translation>用户可以执行的操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the user may do with the routing key</source>
        <translation>用户可以对该路由键执行的操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>with</source>
        <translation>搭配</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New virtual host</source>
        <translation>新建虚拟主机</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>此代理不允许从控制台进行更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Delete %n user(s) with their permissions? %1</source>
        <translation>
            <numerusform>删除 %n 个用户及其权限？%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+30"/>
        <source>%1 on %2 in %3</source>
        <translation>%3 中 %2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take away %n topic permission(s)? %1</source>
        <translation>
            <numerusform>撤销 %n 项主题权限？%1</numerusform>
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
        <location line="+6"/>
        <source>Asking…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <message>
        <location line="+17"/>
        <source>topic: %1publish   %2bind</source>
        <translation>主题：%1发布   %2绑定</translation>
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
<context>
    <name>definitions_diff</name>
    <message>
        <location filename="../ui/models/definitions_diff.cpp" line="+67"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(default exchange)</source>
        <translation>（默认交换机）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exchange %1</source>
        <translation>交换机 %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Virtual hosts</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic permissions</source>
        <translation>主题权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanges</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: left as it is</source>
        <translation>冲突：保持原样</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in target: kept</source>
        <translation>仅存在于目标中：保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not supported by the target</source>
        <translation>目标不支持</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: differs</source>
        <translation>%1：有差异</translation>
    </message>
</context>
</TS>
