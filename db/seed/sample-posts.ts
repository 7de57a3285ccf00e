/** Demo posts seeded into an empty database so a fresh install is never blank. Written for this project. */
import "server-only";
export type SeedPost = {
  slug: string; // lowercase-kebab, unique, <= 80 chars
  title: string; // a question or plain phrase, <= 90 chars
  excerpt: string; // one or two sentences, <= 200 chars
  bodyHtml: string;
  status: "published" | "draft" | "scheduled";
  publishedDaysAgo: number; // days before the seed time; negative means in the future (only for "scheduled")
  updatedDaysAgo?: number; // optional: edited after publishing (must be < publishedDaysAgo and >= 0)
  tags: string[]; // 1-3 short tags
};

export const seedPosts: SeedPost[] = [
  {
    slug: "can-a-victim-drop-the-charges",
    title: "Can a victim drop the charges?",
    excerpt:
      "In most cases, no. Once charges are filed, the prosecutor decides what happens next, but the alleged victim's wishes can still matter.",
    status: "published",
    publishedDaysAgo: 4,
    tags: ["Victims' rights", "Court"],
    bodyHtml: `<p>It is one of the first questions families ask, especially after an argument at home leads to an arrest. The short answer is usually <strong>no</strong>: the alleged victim does not control whether a criminal case goes forward.</p>
<h2>Who actually brings the charges</h2>
<p>A criminal case is brought by the government, not by the person who called the police. The prosecutor (the lawyer who represents the state or county) decides whether to file charges, keep them, reduce them, or dismiss them.</p>
<p>That means a victim saying "I want to drop it" does not end the case on its own.</p>
<h2>Can the victim's wishes still matter?</h2>
<p>Yes, often. Prosecutors usually listen to what the alleged victim wants, and it can affect how they handle the case. It may make a dismissal or a lighter outcome more likely, though nothing is guaranteed.</p>
<p>A few things to know:</p>
<ul>
<li>Many prosecutors' offices have a victim advocate who can pass along the victim's view.</li>
<li>A victim may still receive a subpoena, which is a court order to come and testify.</li>
<li>In some cases, such as domestic violence, an office may move forward even when the victim does not want it to.</li>
</ul>
<h2>What not to do</h2>
<p>If you are the person charged, <strong>do not contact the alleged victim to ask them to drop the case</strong>, even kindly. There may be a no-contact order, and reaching out could lead to new charges.</p>
<p>If you are the alleged victim and want to share your wishes, you can contact the prosecutor's office or talk with a lawyer of your own.</p>
<h2>Getting help</h2>
<p>Every state and county handles this a little differently. If you have questions about a specific case, <a href="/contact">reach out to our office</a> and we can talk through your situation. This post is general information, not legal advice.</p>`,
  },
  {
    slug: "what-happens-at-an-arraignment",
    title: "What happens at a first appearance or arraignment?",
    excerpt:
      "The first court date is usually short. Here is what to expect, who will be there, and how family can help.",
    status: "published",
    publishedDaysAgo: 11,
    tags: ["Court", "Arrests"],
    bodyHtml: `<p>If someone you love was just arrested, their first court date may come quickly, sometimes within a day or two. It can feel overwhelming, but this hearing is usually brief.</p>
<h2>First appearance or arraignment?</h2>
<p>Different places use different names. A <em>first appearance</em> is often the first time a judge sees the person after the arrest. An <em>arraignment</em> is the hearing where the charges are formally read and the person enters a plea.</p>
<p>In some courts these happen at the same hearing. In others they are separate dates.</p>
<h2>What usually happens</h2>
<ol>
<li>The judge tells the person what they are charged with.</li>
<li>The judge explains their rights, including the right to a lawyer.</li>
<li>The person may enter a plea, which is most often "not guilty" at this early stage.</li>
<li>The judge may set or review bond and any release conditions.</li>
<li>The next court date is scheduled.</li>
</ol>
<h2>Can family attend?</h2>
<p>Usually yes, since most hearings are open to the public. Some first appearances happen by video from the jail. Check with the court clerk about the time, the courtroom, and any rules about phones or clothing.</p>
<p>Your presence can help, especially if the judge asks about ties to the community, like a job or a steady place to live.</p>
<h2>Having a lawyer there</h2>
<p>A lawyer can ask for a lower bond or fewer conditions and make sure nothing is said that hurts the case later. If you can, <a href="/contact">contact our office</a> before the hearing.</p>
<p>Procedures vary by state and county, so please treat this as general information rather than legal advice.</p>`,
  },
  {
    slug: "what-to-do-right-after-an-arrest",
    title: "What to do (and not do) right after an arrest",
    excerpt:
      "The first hours after an arrest matter. Here is a short checklist for the person arrested and for the family trying to help.",
    status: "published",
    publishedDaysAgo: 88,
    tags: ["Arrests"],
    bodyHtml: `<p>An arrest is frightening for everyone involved. Taking a breath and following a few simple steps can protect the person and their case.</p>
<h2>If you are the one arrested</h2>
<ul>
<li><strong>Stay calm and do not resist,</strong> even if you believe the arrest is wrong.</li>
<li><strong>Say you want a lawyer</strong> and that you will not answer questions without one. Then stop talking.</li>
<li><strong>Do not discuss the case</strong> on jail phones. Calls are usually recorded.</li>
<li><strong>Do not sign statements</strong> you do not fully understand.</li>
</ul>
<h2>If you are family or a friend</h2>
<ol>
<li>Find out where the person is being held. The jail or sheriff's website often has an inmate lookup.</li>
<li>Write down the booking number, the charges, and any bond listed.</li>
<li>Ask when the first court date is.</li>
<li>Call a defense lawyer as early as you can.</li>
</ol>
<h2>What to avoid</h2>
<p>Please do not post about the arrest on social media, and do not contact anyone involved in the incident. Well-meaning messages can end up as evidence.</p>
<p>Also avoid talking about the facts with the person on the phone or during visits. Keep it to support, logistics, and love.</p>
<blockquote>The most helpful thing you can say to someone in jail is often: "Don't talk about the case. We're getting you a lawyer."</blockquote>
<h2>We can help</h2>
<p>You do not have to figure this out alone. <a href="/contact">Call us</a> and we will explain the next steps. Rules differ by state and county, and this is general information, not legal advice.</p>`,
  },
  {
    slug: "how-does-bond-work",
    title: "How does bond work?",
    excerpt:
      "Bond lets someone leave jail while their case continues, as long as they come back to court. Here is how it usually works.",
    status: "published",
    publishedDaysAgo: 81,
    tags: ["Bond", "Arrests"],
    bodyHtml: `<p>Bond (also called bail) is a way for a person to be released from jail while their case is still going on. It is a promise, backed by money or conditions, that they will return for every court date.</p>
<h2>Who sets the bond</h2>
<p>A judge or magistrate usually sets bond, either from a preset schedule or at the first court appearance. They may consider the charge, any past record, ties to the community, and whether the person has missed court before.</p>
<h2>Common types of bond</h2>
<ul>
<li><strong>Personal recognizance:</strong> release on a signed promise to return, with no money paid up front.</li>
<li><strong>Cash bond:</strong> the full amount is paid to the court. It is generally returned at the end of the case if every court date is kept, though fees or fines may be taken out.</li>
<li><strong>Surety bond:</strong> a bail bond company posts the bond for a fee, which usually is not refunded.</li>
</ul>
<p>Not every type is available everywhere. Some states have changed or limited cash bail.</p>
<h2>Conditions of release</h2>
<p>Release often comes with rules, such as no contact with certain people, a curfew, regular check-ins, or an ankle monitor. Breaking a condition can lead to the bond being revoked, meaning the person goes back to jail.</p>
<h2>Can bond be lowered?</h2>
<p>Often a lawyer can ask the judge to lower the amount or change the conditions. It helps to show steady work, family responsibilities, and a stable place to live.</p>
<p>Before you pay a bond company, consider <a href="/contact">talking with our office</a>. Bond rules differ by state and county, and this is general information, not legal advice.</p>`,
  },
  {
    slug: "should-i-talk-to-the-police",
    title: "Should I talk to the police?",
    excerpt:
      "You have the right to stay silent and to ask for a lawyer. Here is why using those rights is usually the safest choice.",
    status: "published",
    publishedDaysAgo: 74,
    tags: ["Arrests", "Your rights"],
    bodyHtml: `<p>Many people believe that if they just explain what happened, the police will understand and let it go. Sadly, it rarely works that way.</p>
<h2>Your rights, in plain words</h2>
<ul>
<li><strong>The right to remain silent.</strong> You do not have to answer questions about what happened.</li>
<li><strong>The right to a lawyer.</strong> You can ask for one before any questioning.</li>
</ul>
<p>These rights matter whether or not you have been arrested, and whether or not you did anything wrong.</p>
<h2>Why silence is usually safer</h2>
<p>Anything you say can be used in court. Even innocent details can be misunderstood, remembered differently, or taken out of context.</p>
<p>Officers are also allowed to use certain tactics when asking questions, such as suggesting they already know more than they do.</p>
<blockquote>Being polite and being quiet are not opposites. You can do both.</blockquote>
<h2>How to say it</h2>
<p>Keep it simple and calm: "I don't want to answer any questions. I want to talk to a lawyer." Then stop talking about the incident.</p>
<p>You may still need to give basic identifying information in some situations, like showing a driver's license during a traffic stop. The rules on this vary by state.</p>
<h2>What not to do</h2>
<ul>
<li>Do not lie or give false information.</li>
<li>Do not physically resist, even if you think a search is unfair.</li>
<li>Do not agree to a search just to seem cooperative. You can calmly say, "I do not consent to a search."</li>
</ul>
<p>If police want to talk with you or a family member, <a href="/contact">call us first</a>. This is general information, not legal advice for your situation.</p>`,
  },
  {
    slug: "what-happens-if-i-miss-a-court-date",
    title: "What happens if I miss a court date?",
    excerpt:
      "Missing court can lead to a warrant, but acting quickly often makes a real difference. Here is what to do next.",
    status: "published",
    publishedDaysAgo: 60,
    tags: ["Court", "Bond"],
    bodyHtml: `<p>Life happens. People miss court because of illness, a car that would not start, a mix-up about the date, or simple fear. What matters most now is what you do next.</p>
<h2>What can happen</h2>
<p>When someone does not show up, the judge may:</p>
<ul>
<li>Issue a <strong>bench warrant</strong>, which is a court order allowing police to arrest the person.</li>
<li>Revoke the bond, which can mean money that was paid is lost.</li>
<li>In some places, add a separate charge for failing to appear.</li>
</ul>
<p>Not every missed date leads to all of these. A lot depends on the court and the reason.</p>
<h2>What to do right away</h2>
<ol>
<li><strong>Don't wait.</strong> The longer it goes, the worse it usually looks.</li>
<li>Call your lawyer, or call the court clerk to confirm what happened.</li>
<li>Gather proof of why you missed, such as a hospital record or a tow receipt.</li>
<li>Ask about getting back on the court's calendar.</li>
</ol>
<p>Many courts allow a lawyer to ask the judge to recall a warrant or set a new date. Coming in on your own, with a good reason, generally goes better than being picked up later.</p>
<h2>Preventing it next time</h2>
<p>Write every court date down in more than one place, and set phone reminders a week and a day before. Some courts offer text reminders, so ask the clerk.</p>
<p>If you think there may be a warrant, <a href="/contact">contact our office</a> and we can help you sort it out. Procedures differ by state and county, and this is general information, not legal advice.</p>`,
  },
  {
    slug: "can-i-get-my-record-expunged",
    title: "Can I get my record expunged?",
    excerpt:
      "An old arrest or conviction can follow you for years. Depending on where you live, you may be able to clear or seal it.",
    status: "published",
    publishedDaysAgo: 52,
    updatedDaysAgo: 10,
    tags: ["Records"],
    bodyHtml: `<p>A criminal record can make it harder to find a job, rent an apartment, or get a professional license. The good news is that many states offer ways to clean it up.</p>
<h2>What expungement means</h2>
<p><em>Expungement</em> generally means a record is erased or destroyed. <em>Sealing</em> usually means it still exists but is hidden from most public searches. States use these words differently, and some use other terms entirely.</p>
<h2>Who may qualify</h2>
<p>Eligibility depends heavily on your state. Things that often matter include:</p>
<ul>
<li>Whether the case was dismissed, ended in a not-guilty verdict, or led to a conviction</li>
<li>The type and level of the offense</li>
<li>How much time has passed since the case ended</li>
<li>Whether you have had any new arrests or convictions</li>
<li>Whether all fines and conditions were completed</li>
</ul>
<p>Arrests that never led to charges, and cases that were dismissed, are often the easiest to clear.</p>
<h2>How the process usually works</h2>
<ol>
<li>Get a copy of your record to see exactly what is on it.</li>
<li>Check whether you are eligible under your state's rules.</li>
<li>File a request with the court, sometimes with a filing fee.</li>
<li>The prosecutor may respond, and a judge decides.</li>
</ol>
<p>Some states now clear certain records automatically, but it is worth confirming that it actually happened.</p>
<h2>Is it worth it?</h2>
<p>For many people, yes. A clean record can open doors that have been closed for years.</p>
<p><a href="/contact">Reach out to us</a> to talk about whether your record may qualify. This is general information, not legal advice.</p>`,
  },
  {
    slug: "what-happens-after-a-dui-arrest",
    title: "What happens after a DUI arrest?",
    excerpt:
      "A DUI arrest often starts two separate processes: a criminal case and a driver's license case. Some deadlines are very short.",
    status: "published",
    publishedDaysAgo: 45,
    tags: ["DUI", "Arrests"],
    bodyHtml: `<p>A DUI arrest (sometimes called DWI or OUI, depending on the state) can leave you with a stack of paperwork and a lot of questions. Here is a general picture of what tends to happen.</p>
<h2>Two cases, not one</h2>
<p>In many states, a DUI arrest leads to two separate tracks:</p>
<ul>
<li><strong>The criminal case</strong> in court, which decides guilt and any penalties.</li>
<li><strong>The license case</strong> with the state's driver licensing agency, which decides whether your license is suspended.</li>
</ul>
<p>The license side often has <strong>a very short deadline</strong> to request a hearing, sometimes only days after the arrest. Look at any paperwork the officer gave you and act quickly.</p>
<h2>What usually comes next</h2>
<ol>
<li>Release from jail, often after a bond or a waiting period.</li>
<li>A first court date, where the charge is read and a plea is entered.</li>
<li>Review of the evidence, such as the traffic stop, field sobriety tests, and breath or blood results.</li>
<li>Negotiations, motions, or a trial.</li>
</ol>
<h2>Possible consequences</h2>
<p>Outcomes vary a lot by state and by the facts. They can include fines, probation, classes, license limits, or an ignition interlock, which is a breath-testing device connected to the car's ignition.</p>
<p>Prior offenses usually make things more serious.</p>
<h2>What you can do now</h2>
<p>Write down everything you remember about the stop while it is fresh. Keep all your paperwork in one place. Avoid discussing the details with anyone but your lawyer.</p>
<p><a href="/contact">Call us</a> as soon as you can, especially because of the license deadline. This is general information, not legal advice.</p>`,
  },
  {
    slug: "how-are-juvenile-cases-different",
    title: "How are juvenile cases different from adult cases?",
    excerpt:
      "Juvenile court focuses more on guidance and rehabilitation than on punishment. Here is what parents should know.",
    status: "published",
    publishedDaysAgo: 37,
    tags: ["Juvenile", "Court"],
    bodyHtml: `<p>Getting a call that your child has been arrested is every parent's fear. Juvenile cases follow their own system, and knowing how it works can help you support your child.</p>
<h2>A different focus</h2>
<p>Juvenile court is generally designed to help young people get back on track, not just to punish them. Judges often look at school, family, and mental health along with the incident itself.</p>
<h2>Different words, too</h2>
<ul>
<li>A case may be started by a <em>petition</em> instead of a criminal complaint.</li>
<li>Instead of being found guilty, a young person may be <em>adjudicated</em>, which is the court's finding that the offense happened.</li>
<li>The sentence is usually called a <em>disposition</em>.</li>
</ul>
<h2>What parents should know</h2>
<ul>
<li>Hearings are often closed to the public, and records may be more private than in adult court.</li>
<li>Diversion, a program that can keep a case out of court if completed, is more common.</li>
<li>Parents are usually expected to attend hearings.</li>
<li>Some serious cases can be moved to adult court. The rules on this vary a lot by state.</li>
</ul>
<h2>Protecting your child</h2>
<p>Remind your child that they do not have to answer police questions without a lawyer. In many places, they can also ask for a parent to be present.</p>
<p>Please do not question them about the details yourself. What they tell you may not be private.</p>
<p>Juvenile records are not always sealed automatically, so ask about that early.</p>
<p>If your child is facing charges, <a href="/contact">contact our office</a>. This is general information, not legal advice, and procedures differ by state and county.</p>`,
  },
  {
    slug: "what-is-a-public-defender",
    title: "What is a public defender, and how do I get one?",
    excerpt:
      "If you cannot afford a lawyer in a criminal case, you may have the right to one at little or no cost. Here is how that works.",
    status: "published",
    publishedDaysAgo: 30,
    updatedDaysAgo: 6,
    tags: ["Court", "Lawyers"],
    bodyHtml: `<p>If you are charged with a crime that could lead to jail time and you cannot afford a lawyer, you generally have a right to have one appointed. That lawyer is often called a <strong>public defender</strong>.</p>
<h2>What a public defender is</h2>
<p>A public defender is a licensed attorney paid by the government to represent people who cannot afford a lawyer. Some areas have a public defender office. Others appoint private lawyers from a list.</p>
<p>Public defenders are real defense lawyers. Their job is to represent you, not the prosecution.</p>
<h2>How to ask for one</h2>
<ol>
<li>Tell the judge at your first court date that you cannot afford a lawyer.</li>
<li>Fill out a financial form about your income, expenses, and household.</li>
<li>The court decides whether you qualify.</li>
</ol>
<p>In some places you may be asked to pay a fee or part of the cost later. The rules vary by state and county.</p>
<h2>Things to keep in mind</h2>
<ul>
<li>Public defenders often carry heavy caseloads, so they may have limited time for each client.</li>
<li>You usually cannot choose which public defender you get.</li>
<li>You can still hire a private lawyer later if your situation changes.</li>
</ul>
<h2>Public defender or private lawyer?</h2>
<p>There is no single right answer. Many people get excellent help from public defenders. Others prefer a private lawyer for more time and attention, or to choose who represents them.</p>
<p>If you are trying to decide, <a href="/contact">call us</a> and we will talk it through honestly. This is general information, not legal advice.</p>`,
  },
  {
    slug: "how-long-does-a-criminal-case-take",
    title: "How long does a criminal case take?",
    excerpt:
      "Some cases wrap up in weeks, while others take a year or more. Here is what affects the timeline.",
    status: "published",
    publishedDaysAgo: 19,
    tags: ["Court"],
    bodyHtml: `<p>Waiting is one of the hardest parts of a criminal case. Families often want to know when it will be over, and the honest answer is that it depends.</p>
<h2>A rough picture</h2>
<p>Misdemeanors, which are less serious charges, may be resolved in a few weeks or months. Felonies, which are more serious, often take many months, and complex cases can take a year or longer.</p>
<h2>What affects the timeline</h2>
<ul>
<li>How serious and complicated the charges are</li>
<li>How busy the court is</li>
<li>How long it takes to get evidence, like lab results or video</li>
<li>Whether there are motions, which are formal requests asking the judge to decide an issue</li>
<li>Whether the case settles or goes to trial</li>
<li>Whether the person is in jail or out on bond</li>
</ul>
<h2>Common stages</h2>
<ol>
<li>Arrest and first appearance</li>
<li>Sharing of evidence between the two sides, called <em>discovery</em></li>
<li>Negotiations and pretrial hearings</li>
<li>A plea agreement, dismissal, or trial</li>
<li>Sentencing, if there is a conviction</li>
</ol>
<h2>Is faster always better?</h2>
<p>Not necessarily. Taking time to review evidence and build a defense can lead to a better result.</p>
<p>On the other hand, a person has a right to a speedy trial, and that can matter a great deal when someone is waiting in jail.</p>
<p>A lawyer can tell you what to expect in your court. <a href="/contact">Reach out to our office</a> with questions. Timelines vary widely, and this is general information, not legal advice.</p>`,
  },
  {
    slug: "visiting-or-calling-someone-in-jail",
    title: "Visiting or calling someone in jail",
    excerpt:
      "Staying in touch helps, but jails have strict rules. Here is how calls, visits, and mail usually work.",
    status: "published",
    publishedDaysAgo: 2,
    tags: ["Jail", "Family"],
    bodyHtml: `<p>Hearing a familiar voice can mean a great deal to someone in jail. Each facility has its own rules, so a little planning goes a long way.</p>
<h2>Phone calls</h2>
<p>In most jails, people inside can call out, but you cannot call in. Calls usually go through a phone service, and you may need to set up an account and add money.</p>
<p><strong>Assume every call is recorded.</strong> Only calls with a lawyer are meant to be private, and even those are best arranged through the lawyer's office.</p>
<h2>Visits</h2>
<ul>
<li>Check the jail's website or call for visiting hours and how to schedule.</li>
<li>Bring a valid photo ID.</li>
<li>Follow the dress code, which is often strict.</li>
<li>Expect to leave phones and bags in your car or a locker.</li>
<li>Many jails now use video visits, either on site or from home.</li>
</ul>
<p>Some visitors may be turned away, for example if they have an open case. A no-contact order can also block visits.</p>
<h2>Mail, money, and messages</h2>
<p>Many jails accept letters, though some only allow postcards or scanned mail. Money can usually be added to a commissary account, which lets the person buy snacks and basic items.</p>
<h2>What not to talk about</h2>
<p>Please keep conversations away from the facts of the case. Talk about family, encouragement, and practical things instead. Recorded calls and messages can be used as evidence.</p>
<p>If you have questions about someone's case, <a href="/contact">contact our office</a> and we can help. Jail rules differ by facility, and this is general information, not legal advice.</p>`,
  },
  {
    slug: "what-is-a-preliminary-hearing",
    title: "What is a preliminary hearing?",
    excerpt:
      "A preliminary hearing is an early check on whether there is enough evidence for a case to move forward.",
    status: "draft",
    publishedDaysAgo: 0,
    tags: ["Court"],
    bodyHtml: `<p>Not every case has a preliminary hearing, but in many felony cases it is an important early step. Here is what it is and why it matters.</p>
<h2>The basic idea</h2>
<p>At a preliminary hearing, a judge decides whether there is <em>probable cause</em>, meaning enough evidence to reasonably believe a crime happened and the person charged may have done it.</p>
<p>It is not a trial, and the judge does not decide guilt.</p>
<h2>What happens in the courtroom</h2>
<ul>
<li>The prosecutor presents some evidence, often through a police officer's testimony.</li>
<li>The defense lawyer can ask the witnesses questions.</li>
<li>The judge decides whether the case moves forward.</li>
</ul>
<p>If the judge finds probable cause, the case continues. If not, some or all charges may be dismissed, though prosecutors can sometimes file them again.</p>
<h2>Why it can help the defense</h2>
<p>Even when a case moves forward, this hearing can be valuable. It can:</p>
<ol>
<li>Give an early look at the prosecution's evidence</li>
<li>Lock in what witnesses say under oath</li>
<li>Reveal weak spots that help in negotiations</li>
</ol>
<h2>Is it always held?</h2>
<p>No. In some places a grand jury, a group of citizens who review the evidence in private, decides instead. In others, the defense may choose to skip the hearing for strategic reasons.</p>
<p>Rules vary by state and county.</p>
<p>Questions about an upcoming hearing? <a href="/contact">Call us</a>. This is general information, not legal advice.</p>`,
  },
  {
    slug: "how-plea-bargains-work",
    title: "How do plea bargains work?",
    excerpt:
      "Most criminal cases end in a plea agreement rather than a trial. Here is what that means and what to weigh before saying yes.",
    status: "scheduled",
    publishedDaysAgo: -7,
    tags: ["Court"],
    bodyHtml: `<p>Most criminal cases never go to trial. Instead, they end with a <strong>plea bargain</strong>, an agreement between the defense and the prosecutor.</p>
<h2>What a plea bargain is</h2>
<p>In a plea bargain, the person charged agrees to plead guilty or "no contest" in exchange for something in return. "No contest" means not admitting guilt but accepting the conviction.</p>
<p>Common offers include:</p>
<ul>
<li>Pleading to a less serious charge</li>
<li>Having some charges dropped</li>
<li>A recommended sentence that is lighter than the maximum</li>
</ul>
<h2>How it usually happens</h2>
<ol>
<li>The defense lawyer reviews the evidence.</li>
<li>The lawyers for both sides negotiate.</li>
<li>The defense lawyer explains the offer and the risks of going to trial.</li>
<li>The person charged decides whether to accept.</li>
<li>A judge reviews the agreement in court.</li>
</ol>
<p>In many courts, the judge does not have to follow a sentencing recommendation, even though they often do.</p>
<h2>It is your decision</h2>
<p>Your lawyer gives advice, but the choice to accept a plea or go to trial belongs to you. Take time to understand every part of the offer, including effects on jobs, housing, driving, and immigration status.</p>
<p>A plea is a serious step, and it can be hard to undo later.</p>
<h2>Talk it through first</h2>
<p>If you have received an offer, <a href="/contact">contact our office</a> before you decide. Every case and every court is different, and this is general information, not legal advice.</p>`,
  },
];
